package io.jenkins.plugins.bakedsecrets.governance;

import hudson.model.Item;
import io.jenkins.plugins.bakedsecrets.BuildAction;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.core.policy.GateReason;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The last gate decision of a build: verdict and reasons as plain strings, shown on the build page and in
 * {@code api/json}; the in-toto evidence written with it is served by {@link #doEvidence}.
 */
@ExportedBean
public class GateAction extends BuildAction {
    /** URL name of the gate page. */
    public static final String URL_NAME = "baked-secrets-gate";

    private final String verdict;
    private final ArrayList<GateReasonRow> reasons;
    private final long evaluatedAt;
    private final String evidenceFile;

    /** A decision evaluated at {@code evaluatedAt} (epoch millis); {@code evidenceFile} may be blank. */
    public GateAction(String verdict, List<GateReasonRow> reasons, long evaluatedAt, String evidenceFile) {
        this.verdict = verdict;
        this.reasons = new ArrayList<>(reasons);
        this.evaluatedAt = evaluatedAt;
        this.evidenceFile = evidenceFile;
    }

    @Override
    public String getIconFileName() {
        return "symbol-lock-closed";
    }

    @Override
    public String getDisplayName() {
        return Messages.GateAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** {@code PASS}, {@code UNSTABLE} or {@code FAIL}. */
    @Exported
    public String getVerdict() {
        return verdict;
    }

    /** The reasons, heaviest first. */
    @Exported
    public List<GateReasonRow> getReasons() {
        return List.copyOf(reasons);
    }

    /** When the gate ran, epoch milliseconds. */
    @Exported
    public long getEvaluatedAt() {
        return evaluatedAt;
    }

    /** Whether evidence statements were written. */
    public boolean isEvidenceAvailable() {
        return !evidenceFile.isEmpty();
    }

    /** The reasons of one level. */
    public List<GateReasonRow> reasons(GateReason.Level level) {
        return reasons.stream().filter(r -> r.getLevel().equals(level.name())).toList();
    }

    /** The decision as the step returns it: plain values only, as they enter the CPS program. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verdict", verdict);
        out.put("passed", !"FAIL".equals(verdict));
        ArrayList<String> messages = new ArrayList<>();
        reasons.forEach(r -> messages.add(r.describe()));
        out.put("reasons", messages);
        return out;
    }

    /** Serves the in-toto statements (SLSA provenance and scan summary per scan) as one JSON document. */
    @Restricted(NoExternalUse.class)
    public void doEvidence(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        getOwner().getParent().checkPermission(Item.READ);
        if (evidenceFile.isEmpty()) {
            rsp.sendError(404, "no evidence was written for this gate decision");
            return;
        }
        File file = EvidenceFiles.file(getOwner(), evidenceFile);
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.setHeader("Content-Disposition", "attachment; filename=\"" + evidenceFile + "\"");
        try (OutputStream out = rsp.getOutputStream()) {
            Files.copy(file.toPath(), out);
        }
    }
}
