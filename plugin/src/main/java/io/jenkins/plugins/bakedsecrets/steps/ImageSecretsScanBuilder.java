package io.jenkins.plugins.bakedsecrets.steps;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.bakedsecrets.BakedSecretsConfiguration;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.credentials.KnownSecretCredential;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jenkins.tasks.SimpleBuildStep;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * Freestyle build step that scans one container image (and the build environment) for baked secrets. It shares
 * {@link ScanOptions} and {@link ScanRunner} with the Pipeline step.
 */
public class ImageSecretsScanBuilder extends Builder implements SimpleBuildStep {
    private String image;
    private String name = ScanOptions.DEFAULT_NAME;
    private String registryCredentialsId = "";
    private List<KnownSecretCredential> knownSecrets = new ArrayList<>();
    /** A wrapper, so that XML saved without it (it defaults to true) can be told from XML that says false. */
    private Boolean scanEnvironment = Boolean.TRUE;
    private String failOn = "";
    private String waivers = "";

    /** A scan of one image reference. */
    @DataBoundConstructor
    public ImageSecretsScanBuilder(String image) {
        this.image = image == null ? "" : image.trim();
    }

    /**
     * XStream fills no field initialiser: fields missing from a job's XML (created over REST, from a template, or
     * saved before the field existed) come back null and get their defaults here.
     */
    protected Object readResolve() {
        image = image == null ? "" : image.trim();
        name = ScanOptions.nameOrDefault(name);
        registryCredentialsId = registryCredentialsId == null ? "" : registryCredentialsId.trim();
        knownSecrets = knownSecrets == null ? new ArrayList<>() : new ArrayList<>(knownSecrets);
        scanEnvironment = scanEnvironment == null ? Boolean.TRUE : scanEnvironment;
        failOn = failOn == null ? "" : failOn.trim();
        waivers = waivers == null ? "" : waivers.trim();
        return this;
    }

    /** The image reference. */
    public String getImage() {
        return image;
    }

    /** The scan name. */
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

    /** Credentials whose values are searched for. */
    public List<KnownSecretCredential> getKnownSecrets() {
        return knownSecrets;
    }

    /** Sets the known-secret credentials. */
    @DataBoundSetter
    public void setKnownSecrets(List<KnownSecretCredential> knownSecrets) {
        this.knownSecrets = knownSecrets == null ? new ArrayList<>() : new ArrayList<>(knownSecrets);
    }

    /** Whether the build environment is scanned too. */
    public boolean isScanEnvironment() {
        return !Boolean.FALSE.equals(scanEnvironment);
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

    ScanOptions toOptions(BakedSecretsConfiguration configuration) {
        List<String> ids = knownSecrets.stream().filter(Objects::nonNull).map(KnownSecretCredential::getCredentialsId)
                .toList();
        return new ScanOptions(List.of(image), name, Optional.ofNullable(registryCredentialsId), ids,
                isScanEnvironment(), ScanOptions.failOnOrDefault(failOn, configuration.getDefaultFailOn()),
                Optional.ofNullable(waivers));
    }

    @Override
    public void perform(Run<?, ?> run, FilePath workspace, EnvVars env, Launcher launcher, TaskListener listener)
            throws InterruptedException, IOException {
        ScanOptions options;
        try {
            options = toOptions(BakedSecretsConfiguration.get());
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
        Set<String> sensitive = run instanceof AbstractBuild<?, ?> build ? build.getSensitiveBuildVariables()
                : Set.of();
        new ScanRunner().run(options, new ScanContext(run, workspace, env, sensitive, listener));
    }

    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    /** Registers the builder; its symbol differs from the Pipeline step's function name on purpose. */
    @Extension
    @Symbol("imageSecretsScan")
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
        private final transient JenkinsFacade jenkins = new JenkinsFacade();

        @Override
        @SuppressWarnings("rawtypes")
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return Messages.ImageSecretsScanBuilder_DisplayName();
        }

        /** Checks that the image reference parses. */
        @POST
        public FormValidation doCheckImage(@AncestorInPath Item item, @QueryParameter String value) {
            return FormFills.checkImage(item, value);
        }

        /** Checks the fail-on value. */
        @POST
        public FormValidation doCheckFailOn(@AncestorInPath Item item, @QueryParameter String value) {
            return FormFills.checkFailOn(item, value);
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
            return FormFills.registryCredentials(jenkins, item, registryCredentialsId);
        }
    }
}
