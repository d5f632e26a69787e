package io.jenkins.plugins.bakedsecrets;

import hudson.BulkChange;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.bakedsecrets.core.finding.FingerprintKey;
import io.jenkins.plugins.bakedsecrets.core.policy.Policy;
import io.jenkins.plugins.bakedsecrets.core.policy.PolicyParser;
import io.jenkins.plugins.bakedsecrets.steps.ScanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * Controller-wide settings: the fingerprint key and the default fail-on severity of scans. The key is generated once per
 * controller and persisted encrypted, so that fingerprints stay comparable across builds but mean nothing elsewhere.
 * Governance adds the baseline gate policy every job can only tighten, and whether administrators bypass approval
 * rules (off by default).
 */
@Extension
@Symbol("bakedSecrets")
public class BakedSecretsConfiguration extends GlobalConfiguration {
    private static final int KEY_BYTES = 32;
    private static final int MINIMUM_KEY_BYTES = 16;
    /** Default bound of each agent's layer cache: enough for the layers of many base images. */
    static final int DEFAULT_LAYER_CACHE_MB = 512;
    private static final int MAX_LAYER_CACHE_MB = 1024 * 1024;

    private final transient JenkinsFacade jenkins = new JenkinsFacade();
    private Secret fingerprintKey;
    private String defaultFailOn = ScanOptions.FAIL_ON_NONE;
    private String baselinePolicy = "";
    private boolean adminBypass;
    /** Load overwrites these only when the saved XML has them: older saves keep the defaults. */
    private boolean layerCache = true;
    private int layerCacheSizeMb = DEFAULT_LAYER_CACHE_MB;

    /** Loads the persisted settings. */
    public BakedSecretsConfiguration() {
        load();
    }

    /** The singleton instance. */
    public static BakedSecretsConfiguration get() {
        return ExtensionList.lookupSingleton(BakedSecretsConfiguration.class);
    }

    /**
     * Checks the whole submission before any field changes, so that a bad value is a form error and leaves the saved
     * configuration as it was (binding field by field would save the fields before the bad one); then binds it and
     * saves once.
     */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        check(json, "defaultFailOn", ScanOptions::normaliseFailOn);
        check(json, "baselinePolicy", BakedSecretsConfiguration::checkPolicy);
        check(json, "fingerprintKey", text -> checkKey(Secret.fromString(text)));
        check(json, "layerCacheSizeMb", BakedSecretsConfiguration::checkCacheSize);
        try (BulkChange change = new BulkChange(this)) {
            req.bindJSON(this, json);
            change.commit();
        } catch (IOException e) {
            throw new FormException("cannot save the Baked Secrets configuration: " + e.getMessage(), e, "");
        }
        return true;
    }

    private static void check(JSONObject json, String field, Consumer<String> validation) throws FormException {
        if (!json.has(field)) {
            return;
        }
        try {
            validation.accept(json.optString(field, ""));
        } catch (RuntimeException e) {
            throw new FormException(e.getMessage(), field);
        }
    }

    private static void checkPolicy(String text) {
        if (text != null && !text.isBlank()) {
            PolicyParser.parse("baseline policy", text);
        }
    }

    /** The fingerprint key as configured (encrypted on disk and in JCasC exports); generated on first use. */
    public synchronized Secret getFingerprintKey() {
        if (fingerprintKey == null || fingerprintKey.getPlainText().isEmpty()) {
            byte[] bytes = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(bytes);
            fingerprintKey = Secret.fromString(Base64.getEncoder().encodeToString(bytes));
            save();
        }
        return fingerprintKey;
    }

    /** Replaces the fingerprint key; fingerprints of earlier builds then no longer match new ones. */
    @DataBoundSetter
    public synchronized void setFingerprintKey(Secret fingerprintKey) {
        checkKey(fingerprintKey);
        this.fingerprintKey = fingerprintKey;
        save();
    }

    private static void checkKey(Secret key) {
        if (key != null && !key.getPlainText().isEmpty()
                && key.getPlainText().getBytes(StandardCharsets.UTF_8).length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("the fingerprint key needs at least " + MINIMUM_KEY_BYTES + " bytes");
        }
    }

    /** Whether agents keep per-layer results, so that a rebuild rescans only the layers that changed. */
    public boolean isLayerCache() {
        return layerCache;
    }

    /** Turns the agents' layer cache on or off. */
    @DataBoundSetter
    public void setLayerCache(boolean layerCache) {
        this.layerCache = layerCache;
        save();
    }

    /** The most each agent's layer cache may hold, in MiB; least recently used entries go first beyond it. */
    public int getLayerCacheSizeMb() {
        return layerCacheSizeMb;
    }

    /** Sets the bound of each agent's layer cache. */
    @DataBoundSetter
    public void setLayerCacheSizeMb(int layerCacheSizeMb) {
        checkCacheSize(Integer.toString(layerCacheSizeMb));
        this.layerCacheSizeMb = layerCacheSizeMb;
        save();
    }

    /** Checks the layer cache size. */
    @POST
    public FormValidation doCheckLayerCacheSizeMb(@QueryParameter String value) {
        return validate(value, BakedSecretsConfiguration::checkCacheSize);
    }

    private static void checkCacheSize(String text) {
        int mb;
        try {
            mb = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the layer cache size is a whole number of MiB", e);
        }
        if (mb < 1 || mb > MAX_LAYER_CACHE_MB) {
            throw new IllegalArgumentException("the layer cache size must be between 1 and " + MAX_LAYER_CACHE_MB
                    + " MiB");
        }
    }

    /** The key that re-keys agent reports on the controller. */
    public FingerprintKey controllerKey() {
        return FingerprintKey.of(getFingerprintKey().getPlainText().getBytes(StandardCharsets.UTF_8));
    }

    /** The severity (or {@code none}) at which a scan fails when its step leaves {@code failOn} blank. */
    public String getDefaultFailOn() {
        return defaultFailOn;
    }

    /** Sets the default fail-on severity. */
    @DataBoundSetter
    public void setDefaultFailOn(String defaultFailOn) {
        this.defaultFailOn = ScanOptions.normaliseFailOn(defaultFailOn);
        save();
    }

    /** Checks the default fail-on value (the form offers only valid ones; a crafted submission is still refused). */
    @POST
    public FormValidation doCheckDefaultFailOn(@QueryParameter String value) {
        return validate(value, ScanOptions::normaliseFailOn);
    }

    /** The default fail-on choices: {@code none}, then every severity from the most severe; only for administrators. */
    @POST
    public ListBoxModel doFillDefaultFailOnItems() {
        ListBoxModel model = new ListBoxModel();
        if (!jenkins.hasPermission(Jenkins.ADMINISTER)) {
            return model;
        }
        ScanOptions.failOnValues().forEach(value -> model.add(value, value));
        return model;
    }

    /** The administrator's baseline gate policy (YAML, {@code docs/policy.md}); blank for the built-in default. */
    public String getBaselinePolicy() {
        return baselinePolicy;
    }

    /** Sets the baseline policy; refuses text that does not parse, so a broken baseline never loosens a gate. */
    @DataBoundSetter
    public void setBaselinePolicy(String baselinePolicy) {
        String text = baselinePolicy == null ? "" : baselinePolicy;
        checkPolicy(text);
        this.baselinePolicy = text;
        save();
    }

    /** The baseline every job's policy can only tighten. */
    public Policy baseline() {
        return baselinePolicy.isBlank() ? Policy.DEFAULT : PolicyParser.parse("baseline policy", baselinePolicy);
    }

    /** Whether administrators may decide approvals outside a step's {@code submitter} list; off by default. */
    public boolean isAdminBypass() {
        return adminBypass;
    }

    /** Sets whether administrators bypass the submitter list and separation of duties. */
    @DataBoundSetter
    public void setAdminBypass(boolean adminBypass) {
        this.adminBypass = adminBypass;
        save();
    }

    /** Checks the baseline policy. */
    @POST
    public FormValidation doCheckBaselinePolicy(@QueryParameter String value) {
        return validate(value, BakedSecretsConfiguration::checkPolicy);
    }

    /**
     * A form check by the same validation {@link #configure} applies on submit; only administrators get answers, so
     * that the check reveals nothing to anyone else.
     */
    private FormValidation validate(String value, Consumer<String> validation) {
        if (!jenkins.hasPermission(Jenkins.ADMINISTER)) {
            return FormValidation.ok();
        }
        try {
            validation.accept(value);
            return FormValidation.ok();
        } catch (RuntimeException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
