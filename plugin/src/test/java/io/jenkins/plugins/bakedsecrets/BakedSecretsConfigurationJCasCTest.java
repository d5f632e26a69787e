package io.jenkins.plugins.bakedsecrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.policy.Verdict;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import org.junit.jupiter.api.Test;

@WithJenkinsConfiguredWithCode
class BakedSecretsConfigurationJCasCTest {
    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void shouldApplyAndExportSettingsWhenConfiguredWithCode(JenkinsConfiguredWithCodeRule r) throws Exception {
        BakedSecretsConfiguration configuration = BakedSecretsConfiguration.get();
        String key = configuration.getFingerprintKey().getPlainText();

        String exported = r.exportToString(true);

        assertThat(configuration.getDefaultFailOn()).isEqualTo("high");
        assertThat(configuration.isLayerCache()).isFalse();
        assertThat(configuration.getLayerCacheSizeMb()).isEqualTo(2048);
        assertThat(exported).contains("layerCache: false").contains("layerCacheSizeMb: 2048");
        assertThat(exported).contains("bakedSecrets:").contains("defaultFailOn: \"high\"");
        assertThat(exported.contains(key)).as("export contains the plain fingerprint key").isFalse();
        assertThat(configuration.controllerKey().keyId()).startsWith("hmac-sha256:");
    }

    @Test
    @ConfiguredWithCode("governance-as-code.yml")
    void shouldApplyBaselinePolicyWhenConfiguredWithCode(JenkinsConfiguredWithCodeRule r) throws Exception {
        BakedSecretsConfiguration configuration = BakedSecretsConfiguration.get();

        String exported = r.exportToString(true);

        assertThat(configuration.isAdminBypass()).isFalse();
        assertThat(configuration.baseline().requireOwner()).isTrue();
        assertThat(configuration.baseline().levelOf(Severity.MEDIUM)).isEqualTo(Verdict.FAIL);
        assertThat(exported).contains("baselinePolicy:").contains("requireOwner: true");
    }
}
