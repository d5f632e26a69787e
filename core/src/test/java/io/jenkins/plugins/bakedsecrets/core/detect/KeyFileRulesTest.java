package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** Key files and configuration keys: found where an image owner put them, low where a package ships them. */
class KeyFileRulesTest {
    private final SampleGen g = new SampleGen(new SecureRandom());

    @Test
    void shouldReportKeytabLowWhenShippedInPackage() {
        String keytab = "\u0005\u0002" + g.alnum(100);

        assertThat(Detections.inFile("/root/.m2/repository/org/apache/kerby/kerb-1.0.jar!/test.keytab", keytab))
                .singleElement().satisfies(d -> {
                    assertThat(d.ruleId()).isEqualTo("kerberos-keytab-file");
                    assertThat(d.severity()).isEqualTo(Severity.LOW);
                });
        assertThat(Detections.inFile("/etc/security/keytabs/hdfs.service.keytab", keytab)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    void shouldReportWireGuardKeyLowWhenShippedInPackage() {
        String conf = "[Interface]\nPrivateKey = " + g.base64Bytes(32) + "\n";

        assertThat(Detections.inFile("/usr/lib/python3/dist-packages/wgconfig/templates/wg0.conf", conf))
                .singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.LOW));
        assertThat(Detections.inFile("/etc/wireguard/wg0.conf", conf)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void shouldTreatKeyFileRulesAsKeyMaterialWhenTheyHoldKeys() {
        assertThat(KeyFileRules.rules()).extracting(Rule::id)
                .filteredOn(id -> !id.equals("vnc-password-file") && !id.equals("ldap-secret-file"))
                .hasSize(7).allMatch(ThirdPartyContent::isKeyMaterial);
        assertThat(ThirdPartyContent.isKeyMaterial("ldap-secret-file")).isFalse();
    }
}
