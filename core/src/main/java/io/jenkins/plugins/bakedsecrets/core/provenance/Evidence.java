package io.jenkins.plugins.bakedsecrets.core.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import java.util.List;

/**
 * Writes in-toto Statement v1 documents and their predicates. {@link #predicateJson} gives the predicate alone, as
 * {@code cosign attest --predicate FILE --type URI} takes it; {@link #statementJson} gives a whole statement.
 * Predicates carry finding ids and keyed fingerprints' key id only, never secret values. No SLSA level is claimed.
 */
public final class Evidence {
    /** The in-toto statement type. */
    public static final String STATEMENT_TYPE = "https://in-toto.io/Statement/v1";
    /** The SLSA provenance predicate type. */
    public static final String SLSA_PROVENANCE = "https://slsa.dev/provenance/v1";
    /** Our scan-summary predicate type, documented in {@code docs/governance.md}. */
    public static final String SCAN_SUMMARY = "https://baked-secrets.jenkins.io/scan-summary/v1";
    /** The build type of our SLSA predicates, documented in {@code docs/governance.md}. */
    public static final String BUILD_TYPE = "https://baked-secrets.jenkins.io/build-types/jenkins-image/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Evidence() {
    }

    /** The SLSA Provenance v1 predicate of a build. */
    public static ObjectNode slsaPredicate(Provenance provenance) {
        return SlsaPredicate.of(MAPPER, provenance);
    }

    /** Our scan-summary predicate. */
    public static ObjectNode scanSummaryPredicate(ScanSummaryInput input) {
        return ScanSummaryPredicate.of(MAPPER, input);
    }

    /** A statement binding a predicate to subjects; fails when there is no subject. */
    public static ObjectNode statement(List<EvidenceSubject> subjects, String predicateType, ObjectNode predicate) {
        if (subjects.isEmpty()) {
            throw new ScanException("an in-toto statement needs at least one image subject; the report has none");
        }
        ObjectNode s = MAPPER.createObjectNode();
        s.put("_type", STATEMENT_TYPE);
        ArrayNode subject = s.putArray("subject");
        for (EvidenceSubject sub : subjects) {
            ObjectNode n = subject.addObject();
            n.put("name", sub.name());
            n.putObject("digest").put("sha256", sub.sha256());
        }
        s.put("predicateType", predicateType);
        s.set("predicate", predicate.deepCopy());
        return s;
    }

    /** The predicate alone, as pretty-printed UTF-8 JSON. */
    public static byte[] predicateJson(ObjectNode predicate) {
        return write(predicate);
    }

    /** A whole statement, as pretty-printed UTF-8 JSON. */
    public static byte[] statementJson(List<EvidenceSubject> subjects, String predicateType, ObjectNode predicate) {
        return write(statement(subjects, predicateType, predicate));
    }

    private static byte[] write(ObjectNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new ScanException("cannot write evidence JSON: " + e.getOriginalMessage(), e);
        }
    }
}
