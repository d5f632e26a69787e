package io.jenkins.plugins.bakedsecrets.core.provenance;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who owns an image: the team that answers for its findings and how to reach it ({@code ownership.yaml}).
 *
 * @param team owning team
 * @param contact how to reach the team (mail, chat channel)
 * @param attributes further free-form facts (cost centre, service id), sorted by key
 */
public record Ownership(String team, String contact, Map<String, String> attributes) {
    /** Validates components. */
    public Ownership {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(contact, "contact");
        if (team.isBlank() || contact.isBlank()) {
            throw new IllegalArgumentException("ownership needs a team and a contact");
        }
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    /** Reads an ownership file: keys {@code team}, {@code contact} and optional {@code attributes} (strings). */
    public static Ownership load(String source, byte[] content) {
        DocNode.Fields f = DocReader.read(source, content).fields("schemaVersion", "team", "contact", "attributes");
        f.get("schemaVersion").ifPresent(v -> v.integer(1, 1));
        Map<String, String> attributes = new TreeMap<>();
        f.get("attributes").ifPresent(node -> {
            DocNode.Fields a = node.anyFields();
            for (String key : a.keys()) {
                attributes.put(key, a.require(key).text());
            }
        });
        return new Ownership(f.requireText("team"), f.requireText("contact"), attributes);
    }

    /** Reads an ownership file from text. */
    public static Ownership load(String source, String content) {
        return load(source, content.getBytes(StandardCharsets.UTF_8));
    }
}
