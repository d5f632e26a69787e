package io.jenkins.plugins.bakedsecrets.approval;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an {@code approveImagePromotion} step asks. Pickled with the Pipeline program, so a plain class rather than a
 * record: the program's serializer sets fields reflectively, which records forbid.
 */
final class ApprovalSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String scan;
    private final String message;
    private final String submitter;
    private final boolean requireDistinctApprover;

    /** The scan, the question, comma-separated submitters (blank: anyone permitted), separation of duties. */
    ApprovalSettings(String scan, String message, String submitter, boolean requireDistinctApprover) {
        this.scan = Objects.requireNonNull(scan, "scan");
        this.message = Objects.requireNonNull(message, "message");
        this.submitter = Objects.requireNonNull(submitter, "submitter");
        this.requireDistinctApprover = requireDistinctApprover;
    }

    String scan() {
        return scan;
    }

    String message() {
        return message;
    }

    String submitter() {
        return submitter;
    }

    boolean requireDistinctApprover() {
        return requireDistinctApprover;
    }

    /** The submitter entries, trimmed, without blanks. */
    List<String> submitters() {
        return Arrays.stream(submitter.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
