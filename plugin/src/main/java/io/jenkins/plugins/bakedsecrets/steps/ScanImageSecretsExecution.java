package io.jenkins.plugins.bakedsecrets.steps;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.EnvironmentExpander;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;

/**
 * Runs {@code scanImageSecrets} off the CPS VM thread. Like every synchronous non-blocking execution it fails when
 * Jenkins restarts during the scan; the step's help says so.
 */
class ScanImageSecretsExecution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    // Transient: the execution is pickled with the program, the options are needed only until the scan starts.
    private final transient ScanOptions options;

    ScanImageSecretsExecution(StepContext context, ScanOptions options) {
        super(context);
        this.options = options;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        EnvVars environment = new EnvVars(run.getEnvironment(listener));
        environment.putAll(context.get(EnvVars.class));
        EnvironmentExpander expander = context.get(EnvironmentExpander.class);
        Set<String> sensitive = expander == null ? Set.of() : expander.getSensitiveVariables();
        ScanRunner runner = new ScanRunner();
        ScanContext scan = new ScanContext(run, context.get(FilePath.class), environment, sensitive, listener);
        ImageSecretsAction action = runner.run(options, scan);
        return result(action, runner.reportUrl(run, action));
    }

    /** The step's return value: plain serialisable values only, as they enter the CPS program. */
    static Map<String, Object> result(ImageSecretsAction action, String reportUrl) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", action.getName());
        result.put("findings", action.getTotal());
        for (Severity s : Severity.values()) {
            result.put(s.id(), action.count(s));
        }
        ArrayList<String> ids = new ArrayList<>(action.getImageIds());
        result.put("imageId", ids.isEmpty() ? "" : ids.get(0));
        result.put("imageIds", ids);
        result.put("coverageGaps", action.getCoverageGaps());
        result.put("suppressed", action.getSuppressed());
        result.put("reportUrl", reportUrl);
        return result;
    }
}
