package io.jenkins.plugins.bakedsecrets.exposure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import hudson.Util;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored sighting of a secret: which build of which job carried it in which image, where, and whether a later
 * layer deleted the file (it still ships). Fingerprints are keyed; no value or preview is stored.
 *
 * @param fingerprint keyed fingerprint
 * @param job full name of the job
 * @param build build number
 * @param imageId image ID, blank for the CI environment
 * @param reference how the target was named
 * @param findingId the finding
 * @param ruleId the rule
 * @param inDeletedLayer the file is deleted or overwritten by a later layer
 * @param scannedAt epoch milliseconds
 */
public record SightingRow(String fingerprint, String job, int build, String imageId, String reference,
                          String findingId, String ruleId, boolean inDeletedLayer, long scannedAt) {
    /** Validates components (also when read back from disk). */
    @JsonCreator
    public SightingRow(@JsonProperty("fingerprint") String fingerprint, @JsonProperty("job") String job,
                       @JsonProperty("build") int build, @JsonProperty("imageId") String imageId,
                       @JsonProperty("reference") String reference, @JsonProperty("findingId") String findingId,
                       @JsonProperty("ruleId") String ruleId, @JsonProperty("inDeletedLayer") boolean inDeletedLayer,
                       @JsonProperty("scannedAt") long scannedAt) {
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.job = Objects.requireNonNull(job, "job");
        this.build = build;
        this.imageId = imageId == null ? "" : imageId;
        this.reference = reference == null ? "" : reference;
        this.findingId = Objects.requireNonNull(findingId, "findingId");
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.inDeletedLayer = inDeletedLayer;
        this.scannedAt = scannedAt;
    }

    /** True when the row belongs to the given build. */
    boolean of(String jobName, int number) {
        return job.equals(jobName) && build == number;
    }

    /** True when the row belongs to the job of that full name or to a job inside a folder of that name. */
    boolean inside(String fullName) {
        return job.equals(fullName) || job.startsWith(fullName + "/");
    }

    /** This row under another job name (the job was renamed or moved). */
    SightingRow withJob(String fullName) {
        return new SightingRow(fingerprint, fullName, build, imageId, reference, findingId, ruleId, inDeletedLayer,
                scannedAt);
    }

    /** The job's URL relative to the Jenkins root: {@code job/<name>/} for each level of folders. */
    public String jobUrl() {
        StringBuilder b = new StringBuilder();
        for (String segment : job.split("/")) {
            b.append("job/").append(Util.rawEncode(segment)).append('/');
        }
        return b.toString();
    }

    /** The build's URL relative to the Jenkins root. */
    public String buildUrl() {
        return jobUrl() + build + "/";
    }

    /** When the build was scanned, as ISO-8601 UTC text for pages. */
    public String scannedAtText() {
        return Instant.ofEpochMilli(scannedAt).toString();
    }

    /** The first twelve hex digits of the fingerprint. */
    public String shortFingerprint() {
        int colon = fingerprint.indexOf(':');
        String hex = colon < 0 ? fingerprint : fingerprint.substring(colon + 1);
        return hex.substring(0, Math.min(12, hex.length()));
    }
}
