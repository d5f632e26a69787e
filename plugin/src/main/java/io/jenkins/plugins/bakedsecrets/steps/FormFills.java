package io.jenkins.plugins.bakedsecrets.steps;

import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.bakedsecrets.JenkinsFacade;
import io.jenkins.plugins.bakedsecrets.Messages;
import io.jenkins.plugins.bakedsecrets.core.finding.ScanException;
import io.jenkins.plugins.bakedsecrets.core.image.ImageReference;
import io.jenkins.plugins.bakedsecrets.credentials.CredentialsListing;

/**
 * Form validation and drop-down contents shared by the step's and the builder's descriptors. Callers are the
 * {@code @POST} web methods; every method checks permission first and answers neutrally without it.
 */
final class FormFills {
    private FormFills() {
    }

    static boolean canConfigure(Item item) {
        return item != null && item.hasPermission(Item.CONFIGURE);
    }

    static FormValidation checkImage(Item item, String value) {
        if (!canConfigure(item)) {
            return FormValidation.ok();
        }
        if (value == null || value.isBlank()) {
            return FormValidation.error(Messages.ScanOptions_NoImage());
        }
        try {
            ImageReference.parse(value.trim());
            return FormValidation.ok();
        } catch (IllegalArgumentException | ScanException e) {
            return FormValidation.error(Messages.ImageSecretsScanBuilder_BadImage(e.getMessage()));
        }
    }

    static FormValidation checkFailOn(Item item, String value) {
        if (!canConfigure(item)) {
            return FormValidation.ok();
        }
        try {
            ScanOptions.normaliseFailOn(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    static ListBoxModel failOnItems(Item item) {
        ListBoxModel model = new ListBoxModel();
        if (item != null && !item.hasPermission(Item.CONFIGURE)) {
            return model;
        }
        model.add(Messages.ImageSecretsScanBuilder_FailOnDefault(), "");
        ScanOptions.failOnValues().forEach(value -> model.add(value, value));
        return model;
    }

    static ListBoxModel registryCredentials(JenkinsFacade jenkins, Item item, String current) {
        return new CredentialsListing(jenkins).fill(item, current, StandardUsernamePasswordCredentials.class);
    }
}
