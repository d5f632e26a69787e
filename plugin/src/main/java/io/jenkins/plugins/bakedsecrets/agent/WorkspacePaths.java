package io.jenkins.plugins.bakedsecrets.agent;

import java.io.File;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes relative archive and layout paths of image references workspace-relative: the agent process does not run in
 * the workspace, so {@code docker-archive:app.tar} would otherwise name a file in the agent's working directory.
 */
final class WorkspacePaths {
    private static final List<String> LOCAL_TRANSPORTS = List.of("docker-archive:", "oci-archive:", "oci:");
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    private WorkspacePaths() {
    }

    /** The reference with a relative local path prefixed by the workspace; other references unchanged. */
    static String resolve(String reference, File workspace) {
        for (String transport : LOCAL_TRANSPORTS) {
            if (reference.startsWith(transport)) {
                String rest = reference.substring(transport.length());
                return isAbsolute(rest) ? reference
                        : transport + workspace.getAbsolutePath() + File.separator + rest;
            }
        }
        return reference;
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || WINDOWS_ABSOLUTE.matcher(path).matches();
    }
}
