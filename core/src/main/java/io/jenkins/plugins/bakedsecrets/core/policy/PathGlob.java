package io.jenkins.plugins.bakedsecrets.core.policy;

import com.google.re2j.Pattern;

/** Matches waiver path globs; RE2/J keeps matching linear whatever the glob. */
final class PathGlob {
    private PathGlob() {
    }

    /** True when {@code glob} matches the whole of {@code path}. */
    static boolean matches(String glob, String path) {
        return Pattern.matches(toRegex(glob), path);
    }

    static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }
}
