package io.jenkins.plugins.bakedsecrets.steps;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Pipeline step {@code scanImageSecrets}: scans container images (and the build environment) for baked secrets,
 * records the findings on the build and returns counts. Configuration only; {@link ScanRunner} does the work.
 */
public class ScanImageSecretsStep extends Step {
    private String image = "";
    private List<String> images = new ArrayList<>();
    private String name = ScanOptions.DEFAULT_NAME;
    private String registryCredentialsId = "";
    private List<String> knownSecretsCredentialsIds = new ArrayList<>();
    private boolean scanEnvironment = true;
    private String failOn = "";
    private String waivers = "";

    /** A step with defaults; {@code image} or {@code images} must be set, which is checked when it starts. */
    @DataBoundConstructor
    public ScanImageSecretsStep() {
        // every parameter is optional in syntax
    }

    /** One image reference. */
    public String getImage() {
        return image;
    }

    /** Sets one image reference. */
    @DataBoundSetter
    public void setImage(String image) {
        this.image = image == null ? "" : image.trim();
    }

    /** Several image references. */
    public List<String> getImages() {
        return images;
    }

    /** Sets several image references. */
    @DataBoundSetter
    public void setImages(List<String> images) {
        this.images = images == null ? new ArrayList<>() : new ArrayList<>(images);
    }

    /** The scan name, which tells several scans of one build apart. */
    public String getName() {
        return name;
    }

    /** Sets the scan name. */
    @DataBoundSetter
    public void setName(String name) {
        this.name = ScanOptions.nameOrDefault(name);
    }

    /** Username/password credentials for {@code docker://} references. */
    public String getRegistryCredentialsId() {
        return registryCredentialsId;
    }

    /** Sets the registry credentials id. */
    @DataBoundSetter
    public void setRegistryCredentialsId(String registryCredentialsId) {
        this.registryCredentialsId = registryCredentialsId == null ? "" : registryCredentialsId.trim();
    }

    /** Credentials whose values are searched for in the images. */
    public List<String> getKnownSecretsCredentialsIds() {
        return knownSecretsCredentialsIds;
    }

    /** Sets the known-secret credentials ids. */
    @DataBoundSetter
    public void setKnownSecretsCredentialsIds(List<String> knownSecretsCredentialsIds) {
        this.knownSecretsCredentialsIds = knownSecretsCredentialsIds == null ? new ArrayList<>()
                : new ArrayList<>(knownSecretsCredentialsIds);
    }

    /** Whether the build environment is scanned too. */
    public boolean isScanEnvironment() {
        return scanEnvironment;
    }

    /** Sets whether the build environment is scanned. */
    @DataBoundSetter
    public void setScanEnvironment(boolean scanEnvironment) {
        this.scanEnvironment = scanEnvironment;
    }

    /** {@code none}, a severity, or blank for the controller default. */
    public String getFailOn() {
        return failOn;
    }

    /** Sets the fail-on severity. */
    @DataBoundSetter
    public void setFailOn(String failOn) {
        this.failOn = failOn == null ? "" : failOn.trim();
    }

    /** A workspace-relative waiver file, or blank for none. */
    public String getWaivers() {
        return waivers;
    }

    /** Sets the waiver file. */
    @DataBoundSetter
    public void setWaivers(String waivers) {
        this.waivers = waivers == null ? "" : waivers.trim();
    }

    /** The options of this step; throws {@link IllegalArgumentException} when they are invalid. */
    ScanOptions toOptions(BakedSecretsConfiguration configuration) {
        List<String> all = new ArrayList<>();
        if (!image.isBlank()) {
            all.add(image);
        }
        all.addAll(images);
        return new ScanOptions(all, name, Optional.of(registryCredentialsId), knownSecretsCredentialsIds,
                scanEnvironment, ScanOptions.failOnOrDefault(failOn, configuration.getDefaultFailOn()),
                Optional.of(waivers));
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        ScanOptions options;
        try {
            options = toOptions(BakedSecretsConfiguration.get());
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        return new ScanImageSecretsExecution(context, options);
    }

    /** Registers the step as {@code scanImageSecrets}. */
    @Extension
    public static class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "scanImageSecrets";
        }

        @Override
        public String getDisplayName() {
            return Messages.ScanImageSecretsStep_DisplayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, FilePath.class, TaskListener.class, EnvVars.class);
        }

        /** Checks that an image reference parses (snippet generator). */
        @POST
        public FormValidation doCheckImage(@AncestorInPath Item item, @QueryParameter String value) {
            return value == null || value.isBlank() ? FormValidation.ok() : FormFills.checkImage(item, value);
        }

        /** The fail-on choices: controller default, none, then every severity. */
        @POST
        public ListBoxModel doFillFailOnItems(@AncestorInPath Item item) {
            return FormFills.failOnItems(item);
        }

        /** Username/password credentials the item may use for registries. */
        @POST
        public ListBoxModel doFillRegistryCredentialsIdItems(@AncestorInPath Item item,
                                                             @QueryParameter String registryCredentialsId) {
            return FormFills.registryCredentials(new JenkinsFacade(), item, registryCredentialsId);
        }
    }
}
