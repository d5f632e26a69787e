package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where third parties publish content: test data, documentation and key material shipped in packages. */
class ThirdPartyContentTest {
    private final SampleGen g = new SampleGen(new SecureRandom());

    @ParameterizedTest
    @CsvSource({
        "/app/node_modules/url/test.js, ' in third-party test data'",
        "/usr/lib/python3/dist-packages/pkg/test_client.py, ' in third-party test data'",
        "/usr/lib/python3/dist-packages/PyJWT-2.6.0.egg-info/PKG-INFO, ' in third-party documentation'",
        "/usr/local/lib/python3.11/site-packages/joserfc-1.6.5.dist-info/METADATA, ' in third-party documentation'",
        "/usr/share/man/man5/apt.conf.5.gz!/apt.conf.5, ' in third-party documentation'",
        "/usr/share/locale/ja/LC_MESSAGES/shadow.mo, ' in third-party documentation'",
        "/usr/lib/x86_64-linux-gnu/libgnutls.so.30.34.3, ' shipped in a third-party package'",
        "/root/.m2/repository/io/netty/netty-handler/4.1/netty-handler-4.1.jar!/io/netty/OpenSsl.class,"
                + " ' shipped in a third-party package'",
        "/usr/local/lib/python3.11/site-packages/moto/moto_proxy/ca.key, ' shipped in a third-party package'",
        "/home/app/.gradle/caches/modules-2/files-2.1/g/a/1/x/a.jar!/dev.keystore, ' shipped in a third-party package'"
    })
    void shouldClassifyPathWhenThirdPartyPublishedIt(String path, String suffix) {
        assertThat(ThirdPartyContent.suffix(Optional.of(path))).hasValue(suffix);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/app/config/server.key", "/etc/ssl/private/app.key", "/opt/app/lib/native.so.key",
        "/app/app.jar!/BOOT-INF/classes/keys/signing.pem", "/usr/local/bin/server", "/srv/docs/README.md",
        "/usr/lib/myapp/conf/app.key"})
    void shouldNotClassifyPathWhenItIsTheImageOwners(String path) {
        assertThat(ThirdPartyContent.suffix(Optional.of(path))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/usr/lib/x86_64-linux-gnu/libgnutls.so.30",
        "/usr/local/lib/python3.11/site-packages/moto/moto_proxy/ca.key",
        "/root/.m2/repository/io/netty/netty-handler/4.1/netty-handler-4.1.jar!/io/netty/OpenSsl.class"})
    void shouldReportKeyLowWhenShippedInPackage(String path) {
        String pem = FileSamples.pemText(KeyMaterial.pkcs8("RSA", g), "PRIVATE KEY");

        assertThat(Detections.inFile(path, "\0\0" + pem + "\0")).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("private-key-pkcs8");
            assertThat(d.severity()).isEqualTo(Severity.LOW);
            assertThat(d.title()).isEqualTo("PKCS#8 private key shipped in a third-party package");
        });
        assertThat(Detections.inFile("/app/server.key", pem)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.CRITICAL));
    }

    @org.junit.jupiter.api.Test
    void shouldTreatEveryPrivateKeyRuleAsKeyMaterialWhenRulesAreAdded() {
        List<String> keyRules = RuleSet.builtIn().rules().stream().map(Rule::id)
                .filter(id -> id.startsWith("private-key-") || id.endsWith("-private-key-file") || id.contains("keystore"))
                .toList();

        assertThat(keyRules).hasSizeGreaterThanOrEqualTo(10).allMatch(ThirdPartyContent::isKeyMaterial);
        assertThat(ThirdPartyContent.isKeyMaterial("github-token")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/root/.m2/repository/org/gwt/gwt-dev/2.9/gwt-dev-2.9.jar!/jetty/localhost.keystore",
        "/app/node_modules/some-lib/certs/dev.p12"})
    void shouldReportKeystoreLowWhenShippedInPackage(String path) {
        assertThat(Detections.inFile(path, "binary keystore")).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("keystore-file");
            assertThat(d.severity()).isEqualTo(Severity.LOW);
            assertThat(d.title()).endsWith(ThirdPartyContent.PACKAGE);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/app/node_modules/leaky-lib/lib/config.js",
        "/usr/local/lib/python3.11/site-packages/leaky/settings.py"})
    void shouldKeepTokenSeverityWhenShippedInPackage(String path) {
        String token = g.crc32Base62("ghp_");

        DetectedSecret d = Detections.inFile(path, "TOKEN = \"" + token + "\"\n").get(0);

        assertThat(d.severity()).isEqualTo(Severity.HIGH);
        assertThat(d.title()).isEqualTo("GitHub token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password=", "api_key: "})
    void shouldIgnoreNameBasedRuleWhenFileStartsBinary(String name) {
        String line = name + "\"" + g.alnum(10) + g.pick(SampleGen.DIGITS, 4) + g.alnum(10) + "\"";

        assertThat(Detections.inFile("/app/lib/module.pyc", "\u00a7\r\r\n\0\0\0\0\n" + line + "\n")).isEmpty();
        assertThat(Detections.inFile("/app/lib/module.py", "\"\"\"doc\n" + "x\n".repeat(5000) + line + "\n"))
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password=", "api_key: "})
    void shouldIgnoreNameBasedRuleWhenContentIsBinary(String name) {
        String line = name + "\"" + g.alnum(10) + g.pick(SampleGen.DIGITS, 4) + g.alnum(10) + "\"";

        assertThat(Detections.inFile("/app/lib/module.pyc", "\0\u0001" + line + "\0\n")).isEmpty();
        assertThat(Detections.inFile("/app/settings.py", line + "\n")).extracting(DetectedSecret::ruleId)
                .containsExactly("generic-secret-assignment");
    }
}
