package io.jenkins.plugins.bakedsecrets.approval;

import io.jenkins.plugins.bakedsecrets.core.provenance.Approval;
import io.jenkins.plugins.bakedsecrets.core.provenance.ImageIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * One recorded decision on one image, as plain fields for build.xml: who (from the authenticated session), when,
 * why, the image's content identity, and the finding ids the approver was shown.
 */
@ExportedBean(defaultVisibility = 2)
public class ApprovalRecord {
    /** The id of the step that asked; blank in records saved before it was kept. */
    private String stepId;
    private final String scan;
    private final String approver;
    private final long time;
    private final String decision;
    private final String justification;
    private final String imageId;
    private final ArrayList<String> diffIds;
    private final String reference;
    private final ArrayList<String> findingIds;

    /** Records a core approval made on the given scan, in answer to the step with the given id. */
    public ApprovalRecord(String stepId, String scan, Approval approval) {
        this.stepId = stepId;
        this.scan = scan;
        this.approver = approval.approver();
        this.time = approval.time().toEpochMilli();
        this.decision = approval.decision().name();
        this.justification = approval.justification();
        this.imageId = approval.image().imageId();
        this.diffIds = new ArrayList<>(approval.image().diffIds());
        this.reference = approval.image().reference().orElse("");
        this.findingIds = new ArrayList<>(approval.seenFindingIds());
    }

    /** Records from builds saved before the step id was kept have a blank one. */
    protected Object readResolve() {
        stepId = stepId == null ? "" : stepId;
        return this;
    }

    /** The id of the step that asked for this decision. */
    public String getStepId() {
        return stepId;
    }

    /** The scan decided on. */
    @Exported
    public String getScan() {
        return scan;
    }

    /** User id of the approver. */
    @Exported
    public String getApprover() {
        return approver;
    }

    /** When, epoch milliseconds. */
    @Exported
    public long getTime() {
        return time;
    }

    /** When, as ISO-8601 UTC text for pages. */
    public String getTimeText() {
        return Instant.ofEpochMilli(time).toString();
    }

    /** {@code APPROVE} or {@code REJECT}. */
    @Exported
    public String getDecision() {
        return decision;
    }

    /** Why. */
    @Exported
    public String getJustification() {
        return justification;
    }

    /** The image ID decided on. */
    @Exported
    public String getImageId() {
        return imageId;
    }

    /** The finding ids shown to the approver. */
    @Exported
    public List<String> getFindingIds() {
        return List.copyOf(findingIds);
    }

    /** The core approval the gate evaluates. */
    public Approval toApproval() {
        ImageIdentity image = new ImageIdentity(imageId, diffIds,
                reference.isEmpty() ? Optional.empty() : Optional.of(reference), Optional.empty());
        return new Approval(approver, Instant.ofEpochMilli(time), Approval.Decision.valueOf(decision),
                justification, image, new TreeSet<>(findingIds));
    }
}
