package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Normalises tar and zip entry names into absolute in-image paths that never climb above the root. */
final class LayerPaths {
    private LayerPaths() {
    }

    /** {@code ./etc//x}, {@code etc/x/} and {@code ../../etc/x} all become {@code /etc/x}. */
    static String normalise(String name) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : name.replace('\\', '/').split("/")) {
            if (part.isEmpty() || ".".equals(part)) {
                continue;
            }
            if ("..".equals(part)) {
                // A layer cannot write above the root; ".." at the top stays at the top.
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** The directory holding {@code path} ({@code /} for top-level entries). */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** The last element of {@code path}. */
    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code dir} joined with {@code name}. */
    static String child(String dir, String name) {
        return "/".equals(dir) ? "/" + name : dir + "/" + name;
    }

    /**
     * True for a regular file entry, old GNU sparse files included; commons-compress's {@code isFile} also accepts
     * links and devices.
     */
    static boolean isRegular(TarArchiveEntry e) {
        byte flag = e.getLinkFlag();
        return (flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM || flag == TarConstants.LF_CONTIG
                || flag == TarConstants.LF_GNUTYPE_SPARSE) && !e.isDirectory();
    }
}
