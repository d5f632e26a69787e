package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The offline checks of the self-identifying service rules: Marvin32 against its published vectors and Microsoft's
 * published test keys, and per format a generated token that passes and a structural mutant that is still reported,
 * one severity lower, with {@code validated: false}.
 */
class BreadthValidatorsTest {
    private final SampleGen g = new SampleGen(new SecureRandom());

    @ParameterizedTest
    @CsvSource({"'', 30ed35c100cd3c7d", "af, 48e73fc77d75ddc1", "e70f, b5f6e1fc485dbff8", "37f495, f0b07c789b8cf7e8",
        "8642dc59, 7008f2e87e9cf556", "153fb79826, e6c08c6da2afa997", "0932e6246c47, 6f04bf1a5ea24060",
        "ab427ea8d10fc7, e11847e4f0678c41"})
    void shouldHashLikeMarvinWhenPublishedVectorIsGiven(String hexInput, String hexHash) {
        byte[] input = java.util.HexFormat.of().parseHex(hexInput);

        assertThat(Marvin.hash64(input, input.length, 0x004fb61a001bdbccL)).isEqualTo(Long.parseUnsignedLong(hexHash, 16));
    }

    @Test
    void shouldAcceptMicrosoftsTestKeysWhenChecksumsAreTheirs() {
        // Test keys from Microsoft's security-utilities test suites (runs of one letter, so never findings).
        assertThat(IdentifiableKeys.checksum("Functi00", "Master00", "System00")
                .isValid("d".repeat(44) + "AzFu182vhA==")).isTrue();
        assertThat(IdentifiableKeys.checksum("SysAll00", "Resour00", "MastRO00", "SystRO00", "Encryp00", "MastRW00",
                "SystRW00").isValid("a".repeat(76) + "ACDbOpqrYA==")).isTrue();
        assertThat(IdentifiableKeys.seed("Default0")).isEqualTo(0x44656661756c7430L);
    }

    @Test
    void shouldDowngradeAzureKeyWhenChecksumFails() {
        String key = AzureSamples.identifiable(g, "azure-cosmos-db-key", AzureSamples.Layout.LONG64, "ACDb", "MastRW00");
        String mutant = TestSecrets.mutate(key, 10);

        assertValidated("COSMOS_KEY", key, "azure-cosmos-db-key", Severity.CRITICAL);
        assertDowngraded("COSMOS_KEY", mutant, "azure-cosmos-db-key", Severity.HIGH);
    }

    @Test
    void shouldDowngradeBedrockKeyWhenDecodedFormLacksPassword() {
        assertValidated("AWS_BEARER_TOKEN_BEDROCK", PlatformSamples.bedrockLongTerm(g, ":"), "aws-bedrock-api-key",
                Severity.HIGH);
        assertDowngraded("AWS_BEARER_TOKEN_BEDROCK", PlatformSamples.bedrockLongTerm(g, "/"), "aws-bedrock-api-key",
                Severity.MEDIUM);
    }

    @Test
    void shouldReportShortTermBedrockKeyLowWhenPresignedRequestExpired() {
        String expired = PlatformSamples.bedrockShortTerm(g, ZonedDateTime.now(ZoneOffset.UTC).minusDays(2));

        assertThat(Detections.inKeyValue("AWS_BEARER_TOKEN_BEDROCK", expired)).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("aws-bedrock-short-term-api-key");
            assertThat(d.severity()).isEqualTo(Severity.LOW);
            assertThat(d.title()).contains("(expired ");
        });
    }

    @Test
    void shouldDowngradeEncodedTokensWhenDecodedStructureIsWrong() {
        assertDowngraded("TUNNEL_TOKEN", PlatformSamples.b64("{\"a\":\"" + g.hex(32) + "\",\"t\":\"tunnel\",\"s\":\""
                + g.base64Bytes(32) + "\"}"), "cloudflare-tunnel-token", Severity.MEDIUM);
        assertDowngraded("INTERCOM_TOKEN", PlatformSamples.b64("tok:" + g.uuid() + ":x:0"), "intercom-access-token",
                Severity.MEDIUM);
        assertDowngraded("TEAMCITY_TOKEN", PlatformSamples.teamcity(g, g.alnum(36)), "teamcity-access-token",
                Severity.MEDIUM);
        assertDowngraded("YOUTRACK_TOKEN", "perm:" + PlatformSamples.b64("ci") + "." + PlatformSamples.b64("token")
                + "." + g.alnum(30), "youtrack-permanent-token", Severity.MEDIUM);
    }

    @Test
    void shouldDowngradeExtendedKeyWhenChecksumFails() {
        String xprv = ConfigFileSamples.xprv(g);
        byte[] raw = ExtendedKeys.decodeBase58(xprv);

        assertThat(raw).hasSize(82);
        assertThat(new String(raw, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("\u0004\u0088\u00ad\u00e4");
        assertValidated("WALLET", xprv, "bip32-extended-private-key", Severity.CRITICAL);
        assertDowngraded("WALLET", xprv.substring(0, 30) + (xprv.charAt(30) == 'z' ? 'y' : 'z') + xprv.substring(31),
                "bip32-extended-private-key", Severity.HIGH);
    }

    private static void assertValidated(String name, String value, String ruleId, Severity severity) {
        assertThat(Detections.inKeyValue(name, value)).filteredOn(d -> d.ruleId().equals(ruleId)).singleElement()
                .satisfies(d -> {
                    assertThat(d.validated()).contains(true);
                    assertThat(d.severity()).isEqualTo(severity);
                });
    }

    private static void assertDowngraded(String name, String value, String ruleId, Severity severity) {
        assertThat(Detections.inKeyValue(name, value)).extracting(DetectedSecret::ruleId).contains(ruleId);
        assertThat(Detections.inKeyValue(name, value)).filteredOn(d -> d.ruleId().equals(ruleId)).singleElement()
                .satisfies(d -> {
                    assertThat(d.validated()).contains(false);
                    assertThat(d.severity()).isEqualTo(severity);
                });
    }
}
