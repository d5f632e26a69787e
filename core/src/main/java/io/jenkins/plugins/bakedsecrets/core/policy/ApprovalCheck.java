package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.provenance.Approval;
import io.jenkins.plugins.bakedsecrets.core.provenance.ImageIdentity;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which approvals count for which image of a report. An approval counts for an image when it approves the
 * same content (image ID and diff IDs), saw every finding of that image, and, under separation of duties, comes from
 * someone other than the build starter and the commit author. A rejection for the image always fails the gate.
 */
final class ApprovalCheck {
    private final GateInput in;
    private final ScanReport report;
    private final List<GateReason> reasons;
    private final Map<Integer, ImageIdentity> images = new TreeMap<>();
    private final Map<Integer, Map<String, String>> approvers = new TreeMap<>();
    private final Set<Integer> rejected = new HashSet<>();

    private ApprovalCheck(GateInput in, ScanReport report, List<GateReason> reasons) {
        this.in = in;
        this.report = report;
        this.reasons = reasons;
        for (int t = 0; t < report.targets().size(); t++) {
            int index = t;
            ImageIdentity.of(report.targets().get(t)).ifPresent(id -> images.put(index, id));
        }
    }

    /** The target indices whose findings are approved; adds reasons for approvals that do not count. */
    static Set<Integer> approvedTargets(GateInput in, ScanReport report, List<GateReason> reasons) {
        return new ApprovalCheck(in, report, reasons).run();
    }

    private Set<Integer> run() {
        List<Approval> ordered = in.approvals().stream()
                .sorted(Comparator.comparing(Approval::time).thenComparing(Approval::approver)).toList();
        for (Approval a : ordered) {
            consider(a);
        }
        int required = in.policy().requiredApprovals();
        Set<Integer> approved = new HashSet<>();
        for (Map.Entry<Integer, ImageIdentity> e : images.entrySet()) {
            Map<String, String> who = approvers.getOrDefault(e.getKey(), Map.of());
            if (required > 0 && who.size() < required) {
                fail("requiredApprovals", "image " + e.getValue().displayName() + " has " + who.size() + " of "
                        + required + " required approvals");
            }
            if (who.size() >= Math.max(1, required) && !rejected.contains(e.getKey())) {
                approved.add(e.getKey());
                reasons.add(new GateReason(GateReason.Level.INFO, "approvals", "image "
                        + e.getValue().displayName() + " is approved by " + String.join(", ", who.values())));
            }
        }
        return approved;
    }

    private void consider(Approval a) {
        List<Integer> matching = images.entrySet().stream().filter(e -> a.image().sameImage(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (matching.isEmpty()) {
            warn("approval by " + a.approver() + " does not count: it is for image " + a.image().imageId()
                    + " with other content than the scanned image");
        }
        for (int t : matching) {
            String name = images.get(t).displayName();
            if (a.decision() == Approval.Decision.REJECT) {
                rejected.add(t);
                fail("approvals", "promotion of " + name + " was rejected by " + a.approver() + " at " + a.time()
                        + ": " + a.justification());
                continue;
            }
            Optional<String> problem = separationProblem(a).or(() -> unseen(a, t));
            if (problem.isPresent()) {
                warn("approval by " + a.approver() + " of " + name + " does not count: " + problem.get());
                continue;
            }
            approvers.computeIfAbsent(t, k -> new TreeMap<>())
                    .putIfAbsent(a.approver().toLowerCase(Locale.ROOT), a.approver());
        }
    }

    private Optional<String> separationProblem(Approval a) {
        if (!in.policy().separationOfDuties()) {
            return Optional.empty();
        }
        BuildContext b = in.build();
        if (!b.known()) {
            return Optional.of(b.unattributed().orElseThrow() + ", so separation of duties cannot be checked");
        }
        if (b.starters().stream().anyMatch(s -> s.equalsIgnoreCase(a.approver()))) {
            return Optional.of("the approver started this build (separation of duties)");
        }
        if (b.commitAuthors().stream().anyMatch(s -> s.equalsIgnoreCase(a.approver()))) {
            return Optional.of("the approver wrote the built commit (separation of duties)");
        }
        return Optional.empty();
    }

    private Optional<String> unseen(Approval a, int target) {
        List<Finding> missing = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Finding f : report.findings()) {
            if (f.target() == target && !a.seenFindingIds().contains(f.findingId()) && listed.add(f.findingId())) {
                missing.add(f);
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("it did not see " + FindingText.count(missing.size(), "")
                + " now present: " + FindingText.list(missing));
    }

    private void warn(String message) {
        reasons.add(new GateReason(GateReason.Level.WARNING, "approvals", message));
    }

    private void fail(String clause, String message) {
        reasons.add(new GateReason(GateReason.Level.FAIL, clause, message));
    }
}
