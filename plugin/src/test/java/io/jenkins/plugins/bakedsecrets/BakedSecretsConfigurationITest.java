package io.jenkins.plugins.bakedsecrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.policy.Verdict;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The global configuration form: a bad value is a form error and changes nothing, a good one is saved once. */
@WithJenkins
class BakedSecretsConfigurationITest {
    private JenkinsRule j;

    @BeforeEach
    void setUp(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void shouldRefuseWholeSubmissionWithFormErrorWhenFailOnIsInvalid() throws Exception {
        HtmlForm form = configureForm();
        form.getTextAreaByName("_.baselinePolicy").setText("requireOwner: true\n");
        // The form offers only valid values; a crafted submission (an added option) must still be refused.
        choose(form, "severe");

        HtmlPage answer = submit(form);

        assertThat(answer.getWebResponse().getStatusCode()).isNotEqualTo(500);
        assertThat(answer.getWebResponse().getContentAsString()).contains("severe").doesNotContain("Oops!");
        BakedSecretsConfiguration configuration = BakedSecretsConfiguration.get();
        assertThat(configuration.getDefaultFailOn()).isEqualTo("none");
        assertThat(configuration.getBaselinePolicy()).isEmpty();
        assertThat(savedXml()).doesNotContain("requireOwner");
    }

    @Test
    void shouldRefuseWholeSubmissionWhenBaselinePolicyDoesNotParse() throws Exception {
        HtmlForm form = configureForm();
        choose(form, "high");
        form.getTextAreaByName("_.baselinePolicy").setText("failOn: [not, a, map\n");

        HtmlPage answer = submit(form);

        assertThat(answer.getWebResponse().getStatusCode()).isNotEqualTo(500);
        assertThat(answer.getWebResponse().getContentAsString()).contains("baseline policy")
                .doesNotContain("Oops!");
        assertThat(BakedSecretsConfiguration.get().getDefaultFailOn()).isEqualTo("none");
    }

    @Test
    void shouldSaveEveryFieldWhenSubmissionIsValid() throws Exception {
        HtmlForm form = configureForm();
        choose(form, "high");
        form.getTextAreaByName("_.baselinePolicy").setText("failOn: {medium: fail}\n");
        form.getInputByName("_.layerCache").setChecked(false);
        form.getInputByName("_.layerCacheSizeMb").setValue("64");

        submit(form);

        BakedSecretsConfiguration configuration = BakedSecretsConfiguration.get();
        assertThat(configuration.getDefaultFailOn()).isEqualTo("high");
        assertThat(configuration.isLayerCache()).isFalse();
        assertThat(configuration.getLayerCacheSizeMb()).isEqualTo(64);
        assertThat(configuration.baseline().levelOf(Severity.MEDIUM)).isEqualTo(Verdict.FAIL);
        assertThat(savedXml()).contains("<defaultFailOn>high</defaultFailOn>").contains("medium: fail");
    }

    @Test
    void shouldRefuseWholeSubmissionWhenLayerCacheSizeIsNotPositive() throws Exception {
        HtmlForm form = configureForm();
        choose(form, "high");
        form.getInputByName("_.layerCacheSizeMb").setValue("0");

        HtmlPage answer = submit(form);

        assertThat(answer.getWebResponse().getContentAsString()).contains("layer cache size").doesNotContain("Oops!");
        BakedSecretsConfiguration configuration = BakedSecretsConfiguration.get();
        assertThat(configuration.getDefaultFailOn()).isEqualTo("none");
        assertThat(configuration.getLayerCacheSizeMb()).isEqualTo(BakedSecretsConfiguration.DEFAULT_LAYER_CACHE_MB);
        assertThat(configuration.isLayerCache()).isTrue();
    }

    @Test
    void shouldOfferNoneAndEverySeverityWhenAdministratorOpensTheForm() throws Exception {
        HtmlSelect select = failOnSelect(configureForm());

        assertThat(select.getOptions()).extracting(HtmlOption::getValueAttribute)
                .containsExactly("none", "critical", "high", "medium", "low", "info");
        assertThat(select.getSelectedOptions()).extracting(HtmlOption::getValueAttribute).containsExactly("none");
    }

    /** Selects {@code value} in the fail-on drop-down, adding it as an option when the form does not offer it. */
    private static void choose(HtmlForm form, String value) {
        HtmlSelect select = failOnSelect(form);
        HtmlOption option = select.getOptions().stream().filter(o -> o.getValueAttribute().equals(value)).findFirst()
                .orElseGet(() -> {
                    HtmlOption added = (HtmlOption) select.getPage().createElement("option");
                    added.setAttribute("value", value);
                    select.appendChild(added);
                    return added;
                });
        select.setSelectedAttribute(option, true);
    }

    /** The drop-down, once its options have been fetched (the form fills it from the server after loading). */
    private static HtmlSelect failOnSelect(HtmlForm form) {
        form.getPage().getWebClient().waitForBackgroundJavaScript(5_000);
        return form.getSelectByName("_.defaultFailOn");
    }

    private HtmlForm configureForm() throws Exception {
        return j.createWebClient().goTo("manage/configure").getFormByName("config");
    }

    private HtmlPage submit(HtmlForm form) throws Exception {
        form.getPage().getWebClient().getOptions().setThrowExceptionOnFailingStatusCode(false);
        return j.submit(form);
    }

    private String savedXml() throws Exception {
        File file = new File(j.jenkins.getRootDir(), BakedSecretsConfiguration.class.getName() + ".xml");
        return file.exists() ? Files.readString(file.toPath(), StandardCharsets.UTF_8) : "";
    }
}
