package io.jenkins.plugins.bakedsecrets.approval;

import hudson.model.ModelObject;
import java.util.List;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.HttpResponses;
import org.kohsuke.stapler.interceptor.RequirePOST;

/**
 * An approval step that has been decided: its page points back to the build's decisions, and a further decision
 * answers 409 Conflict (the step is no longer waiting), as the documentation promises.
 */
public final class SettledApproval implements ModelObject {
    private final List<ApprovalRecord> records;

    SettledApproval(List<ApprovalRecord> records) {
        this.records = List.copyOf(records);
    }

    @Override
    public String getDisplayName() {
        return records.get(0).getScan();
    }

    /** The page of a decided step is the list of decisions. */
    public HttpResponse doIndex() {
        return HttpResponses.redirectTo("../");
    }

    /** Refuses a second decision (POST only, as for a pending step). */
    @RequirePOST
    public HttpResponse doApprove() {
        return alreadyDecided();
    }

    /** Refuses a second decision (POST only, as for a pending step). */
    @RequirePOST
    public HttpResponse doReject() {
        return alreadyDecided();
    }

    private HttpResponse alreadyDecided() {
        ApprovalRecord first = records.get(0);
        return HttpResponses.errorWithoutStack(409, "this approval has already been decided: "
                + first.getDecision().toLowerCase(java.util.Locale.ROOT) + " by " + first.getApprover());
    }
}
