package io.jenkins.plugins.bakedsecrets.core.provenance;

import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One subject of an in-toto statement: an image name and its SHA-256 digest.
 *
 * @param name the image reference as scanned
 * @param sha256 64 lower-case hex digits
 */
public record EvidenceSubject(String name, String sha256) {
    /** Validates components. */
    public EvidenceSubject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a subject digest has 64 lower-case hex digits");
        }
    }

    /**
     * One subject per image target of a report (each platform image of an index), named by its reference and
     * identified by its manifest digest when known, else by its image ID.
     */
    public static List<EvidenceSubject> of(ScanReport report) {
        List<EvidenceSubject> out = new ArrayList<>();
        for (TargetInfo t : report.targets()) {
            if (!TargetInfo.IMAGE.equals(t.type())) {
                continue;
            }
            String digest = t.manifestDigest().or(t::imageId).orElseThrow(() -> new ScanException(
                    "cannot name image " + t.reference() + " in a statement: it has neither manifest digest nor ID"));
            if (!digest.matches("sha256:[0-9a-f]{64}")) {
                throw new ScanException("cannot name image " + t.reference() + " in a statement: digest " + digest
                        + " is not sha256:<64 hex digits>");
            }
            out.add(new EvidenceSubject(t.reference(), digest.substring("sha256:".length())));
        }
        return List.copyOf(out);
    }
}
