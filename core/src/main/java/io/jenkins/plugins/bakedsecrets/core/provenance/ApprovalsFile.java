package io.jenkins.plugins.bakedsecrets.core.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Reads approvals recorded outside Jenkins (a YAML or JSON list) for offline evaluation by the CLI. The approver
 * names in such a file are whatever its author wrote: the CLI trusts its caller, whereas the plugin takes approvers
 * from Jenkins authentication and never from a file.
 */
public final class ApprovalsFile {
    private ApprovalsFile() {
    }

    /** Parses a list of approvals, or a map with key {@code approvals} holding the list. */
    public static List<Approval> load(String source, byte[] content) {
        DocNode root = DocReader.read(source, content);
        DocNode list = root;
        if (root.kind() == DocNode.Kind.MAP) {
            DocNode.Fields f = root.fields("schemaVersion", "approvals");
            f.get("schemaVersion").ifPresent(v -> v.integer(1, 1));
            list = f.require("approvals");
        }
        List<Approval> out = new ArrayList<>();
        for (DocNode item : list.items()) {
            out.add(approval(item));
        }
        return List.copyOf(out);
    }

    private static Approval approval(DocNode node) {
        DocNode.Fields f = node.fields("approver", "time", "decision", "justification", "image", "seenFindingIds");
        Approval.Decision decision = Approval.Decision.valueOf(
                f.require("decision").oneOf("approve", "reject").toUpperCase(Locale.ROOT));
        return new Approval(f.requireText("approver"), f.require("time").instant(), decision,
                f.requireText("justification"), image(f.require("image")),
                new TreeSet<>(f.get("seenFindingIds").map(DocNode::texts).orElse(List.of())));
    }

    static ImageIdentity image(DocNode node) {
        DocNode.Fields f = node.fields("imageId", "diffIds", "reference", "manifestDigest");
        return new ImageIdentity(f.requireText("imageId"), f.require("diffIds").texts(), f.text("reference"),
                f.text("manifestDigest"));
    }
}
