package io.jenkins.plugins.bakedsecrets.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the build arguments and ENV assignments that Docker and BuildKit record in a history {@code created_by}.
 * A RUN step that used build arguments is recorded as {@code |2 KEY=VALUE KEY2=VALUE2 /bin/sh -c ...}: the values
 * of {@code --build-arg} are baked into the image config even though ARG is "not persisted".
 */
final class BuildArguments {
    private static final Pattern RUN_ARGS = Pattern.compile("^(?:RUN\\s+)?\\|(\\d{1,3})\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern ENV_LINE = Pattern.compile(
            "^(?:/bin/sh -c #\\(nop\\)\\s+)?(ENV|ARG|LABEL)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)=(\"[^\"]*\"|\\S*)");
    private static final Pattern SPACED = Pattern.compile("^([A-Za-z_][A-Za-z0-9_.-]*)\\s+(\\S.*)$", Pattern.DOTALL);

    private BuildArguments() {
    }

    /** The KEY=VALUE pairs of a history line (build arguments, ENV, ARG defaults, LABEL); empty when none. */
    static List<Assignment> parse(String createdBy) {
        String line = createdBy.strip();
        Matcher run = RUN_ARGS.matcher(line);
        if (run.matches()) {
            return leading(Integer.parseInt(run.group(1)), run.group(2));
        }
        Matcher env = ENV_LINE.matcher(line);
        if (env.matches()) {
            String body = env.group(2).replaceAll("\\s*#\\s*buildkit\\s*$", "");
            List<Assignment> all = assignments(body, Integer.MAX_VALUE);
            if (all.isEmpty()) {
                Matcher spaced = SPACED.matcher(body);
                if (spaced.matches()) {
                    all.add(new Assignment(spaced.group(1), unquote(spaced.group(2).strip())));
                }
            }
            return all;
        }
        return List.of();
    }

    private static List<Assignment> leading(int count, String rest) {
        return assignments(rest, count);
    }

    private static List<Assignment> assignments(String text, int limit) {
        List<Assignment> result = new ArrayList<>();
        Matcher m = ASSIGNMENT.matcher(text);
        int position = 0;
        while (result.size() < limit && m.find(position) && text.substring(position, m.start()).isBlank()) {
            result.add(new Assignment(m.group(1), unquote(m.group(2))));
            position = m.end();
        }
        return result;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** One assignment; {@link #toString()} never shows the value. */
    record Assignment(String key, String value) {
        @Override
        public String toString() {
            return "Assignment[" + key + "=<redacted>]";
        }
    }
}
