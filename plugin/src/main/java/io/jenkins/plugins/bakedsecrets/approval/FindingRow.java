package io.jenkins.plugins.bakedsecrets.approval;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;

/**
 * One finding as the approval page shows it: redacted preview and the start of the keyed fingerprint only.
 *
 * @param findingId the finding's stable id, recorded with the decision
 * @param severity severity id
 * @param ruleId the rule
 * @param image the target's reference
 * @param where path or key, with layer and whether a later layer deleted it
 * @param preview redacted preview
 */
public record FindingRow(String findingId, String severity, String ruleId, String image, String where,
                         String preview) {
    private static final int SHORT_FINGERPRINT = 12;

    static FindingRow of(Finding f, TargetInfo target) {
        Location l = f.location();
        StringBuilder where = new StringBuilder(l.path().or(l::key).orElse(l.kind().name()));
        l.layerIndex().ifPresent(i -> where.append(" (layer ").append(i).append(')'));
        if (l.deleted() || l.overwritten()) {
            where.append(" (removed by a later layer, still shipped)");
        }
        return new FindingRow(f.findingId(), f.severity().id(), f.ruleId(), target.reference(), where.toString(),
                f.redacted());
    }

    /** The start of a keyed fingerprint, enough to tell secrets apart on a page. */
    static String shortFingerprint(String fingerprint) {
        int colon = fingerprint.indexOf(':');
        String hex = colon < 0 ? fingerprint : fingerprint.substring(colon + 1);
        return hex.substring(0, Math.min(SHORT_FINGERPRINT, hex.length()));
    }
}
