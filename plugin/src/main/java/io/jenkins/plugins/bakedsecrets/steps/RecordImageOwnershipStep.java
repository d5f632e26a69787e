package io.jenkins.plugins.bakedsecrets.steps;

import hudson.AbortException;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.core.provenance.Ownership;
import io.jenkins.plugins.bakedsecrets.governance.OwnershipAction;
import io.jenkins.plugins.bakedsecrets.result.ImageSecretsAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Pipeline step {@code recordImageOwnership}: records which team owns the images this build scanned, for the gate's
 * {@code requireOwner} clause and the evidence. Run it after the scans so the ownership is bound to their image IDs.
 */
public class RecordImageOwnershipStep extends Step {
    private final String owner;
    private final String contact;
    private Map<String, String> attributes = new TreeMap<>();

    /** The owning team and how to reach it. */
    @DataBoundConstructor
    public RecordImageOwnershipStep(String owner, String contact) {
        this.owner = owner == null ? "" : owner.trim();
        this.contact = contact == null ? "" : contact.trim();
    }

    /** The owning team. */
    public String getOwner() {
        return owner;
    }

    /** How to reach the team. */
    public String getContact() {
        return contact;
    }

    /** Further facts such as a cost centre or service id. */
    public Map<String, String> getAttributes() {
        return attributes;
    }

    /** Sets further facts; values are turned into strings (Groovy may pass GStrings or numbers). */
    @DataBoundSetter
    public void setAttributes(Map<String, ?> attributes) {
        TreeMap<String, String> copy = new TreeMap<>();
        if (attributes != null) {
            attributes.forEach((k, v) -> copy.put(String.valueOf(k), String.valueOf(v)));
        }
        this.attributes = copy;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        Ownership ownership;
        try {
            ownership = new Ownership(owner, contact, attributes);
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        return new Execution(context, ownership.team(), ownership.contact(), new TreeMap<>(ownership.attributes()));
    }

    /** Records the ownership quickly on the CPS thread: no I/O beyond saving the build. */
    private static final class Execution extends SynchronousStepExecution<Void> {
        private static final long serialVersionUID = 1L;
        private final String team;
        private final String contact;
        private final TreeMap<String, String> attributes;

        Execution(StepContext context, String team, String contact, TreeMap<String, String> attributes) {
            super(context);
            this.team = team;
            this.contact = contact;
            this.attributes = attributes;
        }

        @Override
        protected Void run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            List<String> imageIds = new ArrayList<>();
            for (ImageSecretsAction scan : run.getActions(ImageSecretsAction.class)) {
                scan.getImageIds().stream().filter(id -> !imageIds.contains(id)).forEach(imageIds::add);
            }
            run.replaceAction(new OwnershipAction(new Ownership(team, contact, attributes), imageIds));
            getContext().get(TaskListener.class).getLogger().println("baked-secrets: images " + imageIds
                    + " owned by " + team + " (" + contact + ")");
            return null;
        }
    }

    /** Registers the step as {@code recordImageOwnership}. */
    @Extension
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "recordImageOwnership";
        }

        @Override
        public String getDisplayName() {
            return Messages.RecordImageOwnershipStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
