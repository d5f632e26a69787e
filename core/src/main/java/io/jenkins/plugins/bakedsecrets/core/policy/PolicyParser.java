package io.jenkins.plugins.bakedsecrets.core.policy;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.provenance.DocNode;
import io.jenkins.plugins.bakedsecrets.core.provenance.DocReader;
import io.jenkins.plugins.bakedsecrets.core.provenance.DocumentException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a policy file (YAML or JSON, see {@code docs/policy.md} and {@code docs/policy-schema.json}). Validation is
 * strict: an unknown key, a wrong type or an unknown value is a {@link PolicyException} naming file, line and column.
 * Clauses the file leaves out keep the defaults of {@link Policy#DEFAULT} and are not marked declared.
 */
public final class PolicyParser {
    /** The policy format version this code reads. */
    public static final int SCHEMA_VERSION = 1;
    static final int MAX_APPROVALS = 100;
    static final int MAX_AGE_DAYS = 3650;
    private static final String[] SEVERITIES = {"critical", "high", "medium", "low", "info"};

    private PolicyParser() {
    }

    /** Parses policy text; {@code source} names it in messages. */
    public static Policy parse(String source, String content) {
        return parse(source, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses policy bytes; {@code source} names it in messages. */
    public static Policy parse(String source, byte[] content) {
        try {
            return read(DocReader.read(source, content));
        } catch (PolicyException e) {
            throw e;
        } catch (DocumentException e) {
            throw new PolicyException(e.getMessage(), e);
        }
    }

    private static Policy read(DocNode root) {
        DocNode.Fields f = root.fields("schemaVersion", "failOn", "scope", "requireOwner", "requiredApprovals",
                "separationOfDuties", "deletedLayersCountAsExposed", "maxWaiverAgeDays", "coverageGaps",
                "allowWaivers");
        f.get("schemaVersion").ifPresent(v -> v.integer(1, SCHEMA_VERSION));
        PolicyBuilder b = Policy.builder();
        f.get("failOn").ifPresent(node -> failOn(node, b));
        f.get("allowWaivers").ifPresent(node -> allowWaivers(node, b));
        f.get("scope").ifPresent(n -> b.scope(Scope.valueOf(n.oneOf("new", "all").toUpperCase(Locale.ROOT))));
        f.get("requireOwner").ifPresent(n -> b.requireOwner(n.bool()));
        f.get("requiredApprovals").ifPresent(n -> b.requiredApprovals(n.integer(0, MAX_APPROVALS)));
        f.get("separationOfDuties").ifPresent(n -> b.separationOfDuties(n.bool()));
        f.get("deletedLayersCountAsExposed").ifPresent(n -> b.deletedLayersCountAsExposed(n.bool()));
        f.get("maxWaiverAgeDays").ifPresent(n -> b.maxWaiverAgeDays(n.integer(1, MAX_AGE_DAYS)));
        f.get("coverageGaps").ifPresent(n -> b.coverageGaps(
                GapHandling.valueOf(n.oneOf("fail", "warn", "ignore").toUpperCase(Locale.ROOT))));
        return b.build();
    }

    private static void failOn(DocNode node, PolicyBuilder b) {
        DocNode.Fields f = node.fields(SEVERITIES);
        for (String key : f.keys()) {
            String word = f.require(key).oneOf("fail", "unstable", "ignore");
            b.failOn(Severity.parse(key), Verdict.ofPolicyWord(word));
        }
    }

    private static void allowWaivers(DocNode node, PolicyBuilder b) {
        DocNode.Fields f = node.fields(SEVERITIES);
        for (String key : f.keys()) {
            b.allowWaivers(Severity.parse(key), f.require(key).bool());
        }
    }
}
