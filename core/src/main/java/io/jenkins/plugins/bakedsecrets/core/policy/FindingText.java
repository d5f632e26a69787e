package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import java.util.List;

/** Describes findings in words a release manager reads: rule and place, never the secret. */
final class FindingText {
    /** How many findings a reason names before it says "and N more". */
    static final int MAX_LISTED = 5;

    private FindingText() {
    }

    /** For example {@code aws-secret-key in /root/.aws/credentials (layer 3, deleted in layer 4)}. */
    static String describe(Finding f) {
        return f.ruleId() + " in " + place(f.location());
    }

    /** A comma-separated list of at most {@link #MAX_LISTED} descriptions. */
    static String list(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(MAX_LISTED, findings.size()); i++) {
            b.append(i == 0 ? "" : ", ").append(describe(findings.get(i)));
        }
        if (findings.size() > MAX_LISTED) {
            b.append(" and ").append(findings.size() - MAX_LISTED).append(" more");
        }
        return b.toString();
    }

    /** "1 critical finding" or "2 critical findings"; an empty adjective gives "2 findings". */
    static String count(int n, String adjective) {
        return n + (adjective.isEmpty() ? "" : " " + adjective) + (n == 1 ? " finding" : " findings");
    }

    private static String place(Location l) {
        String what = l.identity();
        return switch (l.kind()) {
            case FILE -> what + layer(l);
            case ENV -> "env " + what;
            case LABEL -> "label " + what;
            case HISTORY -> "history entry " + (l.historyIndex().isPresent() ? l.historyIndex().getAsInt() : what);
            case CONFIG -> "config field " + what;
            case CI_ENV -> "CI variable " + what;
            case ANNOTATION -> l.field().map(f -> f + " ").orElse("") + "annotation " + what;
            case ATTESTATION -> "attestation " + what;
            case REGISTRY -> "registry " + what;
        };
    }

    private static String layer(Location l) {
        if (l.layerIndex().isEmpty()) {
            return "";
        }
        String hidden = "";
        if (l.hiddenBy().isPresent()) {
            hidden = (l.deleted() ? ", deleted in layer " : ", overwritten in layer ") + l.hiddenBy().getAsInt();
        } else if (l.deleted() || l.overwritten()) {
            hidden = l.deleted() ? ", deleted later" : ", overwritten later";
        }
        return " (layer " + l.layerIndex().getAsInt() + hidden + ")";
    }
}
