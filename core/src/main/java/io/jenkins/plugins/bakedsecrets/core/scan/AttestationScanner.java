package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.CoverageGap;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.image.Attestation;
import io.jenkins.plugins.bakedsecrets.core.image.ImageSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Scans in-toto attestations as documents. BuildKit's {@code mode=max} provenance records build-argument values in
 * its parameters, so every string of the document is scanned under the name of the field that holds it.
 */
final class AttestationScanner {
    /** Attestations are small JSON documents; anything larger is reported, not read. */
    static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final int MAX_DEPTH = 64;

    private final SecretDetector detector;
    private final ObjectMapper mapper = new ObjectMapper();

    AttestationScanner(SecretDetector detector) {
        this.detector = detector;
    }

    /** Scans one attestation; returns a coverage gap when it could not be read as a document. */
    Optional<CoverageGap> scan(ImageSource source, Attestation attestation, int target,
                               Consumer<DetectedSecret> sink) throws IOException {
        String where = "attestation " + attestation.layer().digest();
        byte[] bytes;
        try (InputStream in = source.openAttestation(attestation)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                // Read to the end all the same: the digest check happens there.
                in.transferTo(OutputStream.nullOutputStream());
                return Optional.of(gap(target, attestation, CoverageGap.Reason.SKIPPED_SIZE,
                        where + " is larger than " + MAX_BYTES + " bytes"));
            }
        }
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            return Optional.of(gap(target, attestation, CoverageGap.Reason.UNREADABLE, where + " is not JSON"));
        }
        String type = attestation.predicateType().orElse("in-toto");
        walk(root, type, attestation, sink, 0);
        return Optional.empty();
    }

    private void walk(JsonNode node, String name, Attestation attestation, Consumer<DetectedSecret> sink, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node.isTextual()) {
            Location base = Location.of(LocationKind.ATTESTATION).key(name)
                    .field(attestation.predicateType().orElse("in-toto")).build();
            detector.scanKeyValue(base, name, node.textValue(), sink);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), e.getKey(), attestation, sink, depth + 1);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                walk(child, name, attestation, sink, depth + 1);
            }
        }
    }

    private static CoverageGap gap(int target, Attestation a, CoverageGap.Reason reason, String detail) {
        return new CoverageGap(reason, target, OptionalInt.empty(), Optional.of(a.layer().digest()), detail);
    }
}
