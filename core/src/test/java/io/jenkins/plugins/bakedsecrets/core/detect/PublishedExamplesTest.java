package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials that vendors publish are no findings, in the places where their documentation puts them; each entry
 * is live: its rule's regex takes it as the secret, so only the list keeps it out.
 */
class PublishedExamplesTest {
    private static final String AZURITE = PublishedExamples.ALL.get(0).value();
    private static final String COSMOS_EMULATOR = PublishedExamples.ALL.get(1).value();
    private static final String CHAT_KEY = PublishedExamples.ALL.get(2).value();

    /** Rule id, file path and content that put each published example where its documentation does. */
    static Stream<Arguments> placements() {
        return Stream.of(
                Arguments.of("azure-storage-connection-string", "/app/.env", "AZURE_STORAGE_CONNECTION_STRING="
                        + "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AZURITE
                        + ";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n", AZURITE),
                Arguments.of("azure-storage-connection-string", "/app/appsettings.json", "{\"Cosmos\": "
                        + "\"AccountEndpoint=https://localhost:8081/;AccountKey=" + COSMOS_EMULATOR + "\"}\n",
                        COSMOS_EMULATOR),
                Arguments.of("google-api-key", "/app/notify.py", "URL = \"https://chat.googleapis.com/v1/spaces/"
                        + "AAAAb1c2d3e/messages?key=" + CHAT_KEY + "&token=abc\"\n", CHAT_KEY),
                Arguments.of("stripe-test-key", "/app/server.js", "const stripe = require('stripe')('"
                        + value("sk_test_") + "');\n", value("sk_test_")),
                Arguments.of("jwt", "/app/README.txt", "Authorization: Bearer " + value("eyJhbGciOiJIUzI1NiIs") + "\n",
                        value("eyJhbGciOiJIUzI1NiIs")),
                Arguments.of("docker-swarm-join-token", "/opt/join.sh", "docker swarm join --token "
                        + value("SWMTKN-1-") + " 192.168.99.100:2377\n", value("SWMTKN-1-")),
                Arguments.of("wireguard-private-key", "/etc/wireguard/wg0.conf", "[Interface]\nPrivateKey = "
                        + value("yAnz5TF") + "\nListenPort = 51820\n", value("yAnz5TF")),
                Arguments.of("bip32-extended-private-key", "/app/wallet.env", "XPRV=" + value("xprv9s21") + "\n",
                        value("xprv9s21")),
                Arguments.of("bip32-extended-private-key", "/app/wallet.env", "XPRV=" + value("xprv9uHR") + "\n",
                        value("xprv9uHR")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("placements")
    void shouldNotReportWhenValueIsPublishedExample(String ruleId, String path, String content, String example) {
        assertThat(Detections.inFile(path, content)).extracting(DetectedSecret::digest)
                .doesNotContain(SecretDigest.of(example));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("placements")
    void shouldMatchRuleWhenExampleIsPlaced(String ruleId, String path, String content, String example) {
        CompiledRule rule = new CompiledRule(RuleSet.builtIn().byId(ruleId).orElseThrow());
        String line = content.lines().filter(l -> l.contains(example)).findFirst().orElseThrow();
        Matcher m = rule.pattern().matcher(line);

        assertThat(m.find()).as("the rule matches the placement").isTrue();
        assertThat(m.group(CompiledRule.secretGroup(m))).isEqualTo(example);
        assertThat(PublishedExamples.contains(example)).isTrue();
    }

    @Test
    void shouldNameHttpsSourceWhenExampleIsListed() {
        assertThat(PublishedExamples.ALL).isNotEmpty().allSatisfy(e -> {
            assertThat(e.source()).startsWith("https://");
            assertThat(e.value()).hasSizeGreaterThanOrEqualTo(16);
        });
        assertThat(PublishedExamples.ALL).extracting(PublishedExamples.Example::value).doesNotHaveDuplicates();
        assertThat(placements()).extracting(a -> a.get()[3]).containsExactlyInAnyOrderElementsOf(
                PublishedExamples.ALL.stream().map(PublishedExamples.Example::value).toList());
    }

    @Test
    void shouldValidateBip32VectorsWhenChecksumIsComputed() {
        // The BIP-32 test vectors are published with valid checksums: they prove the Base58Check implementation.
        assertThat(ExtendedKeys.privateKey(value("xprv9s21"))).isTrue();
        assertThat(ExtendedKeys.privateKey(value("xprv9uHR"))).isTrue();
        assertThat(ExtendedKeys.privateKey(TestSecrets.mutate(value("xprv9uHR"), 60))).isFalse();
    }

    private static String value(String prefix) {
        return PublishedExamples.ALL.stream().map(PublishedExamples.Example::value).filter(v -> v.startsWith(prefix))
                .findFirst().orElseThrow();
    }
}
