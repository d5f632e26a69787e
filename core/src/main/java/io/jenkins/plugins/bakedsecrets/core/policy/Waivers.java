package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.provenance.DocNode;
import io.jenkins.plugins.bakedsecrets.core.provenance.DocReader;
import io.jenkins.plugins.bakedsecrets.core.provenance.DocumentException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The waivers of a repository ({@code .baked-secrets.yaml}, documented in {@code docs/governance.md} with
 * {@code docs/waivers-schema.json}).
 *
 * @param waivers the waivers in file order
 */
public record Waivers(List<Waiver> waivers) {
    /** No waivers. */
    public static final Waivers NONE = new Waivers(List.of());

    /** Copies the list. */
    public Waivers {
        waivers = List.copyOf(waivers);
    }

    /** Parses waiver text; {@code source} names it in messages. */
    public static Waivers load(String source, String content) {
        return load(source, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a waiver file: a map with {@code waivers}, a list of entries. */
    public static Waivers load(String source, byte[] content) {
        try {
            DocNode.Fields f = DocReader.read(source, content).fields("schemaVersion", "waivers");
            f.get("schemaVersion").ifPresent(v -> v.integer(1, 1));
            List<Waiver> out = new ArrayList<>();
            for (DocNode item : f.get("waivers").map(DocNode::items).orElse(List.of())) {
                out.add(waiver(item));
            }
            return new Waivers(out);
        } catch (PolicyException e) {
            throw e;
        } catch (DocumentException e) {
            throw new PolicyException(e.getMessage(), e);
        }
    }

    private static Waiver waiver(DocNode node) {
        DocNode.Fields f = node.fields("findingId", "fingerprint", "rule", "path", "justification", "owner",
                "expires", "created");
        try {
            return new Waiver(f.text("findingId"), f.text("fingerprint"), f.text("rule"), f.text("path"),
                    f.requireText("justification"), f.requireText("owner"), f.require("expires").date(),
                    f.get("created").map(DocNode::date), node.where());
        } catch (IllegalArgumentException e) {
            throw new PolicyException(e.getMessage(), e);
        }
    }
}
