package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-search screen must agree with asking every path-only rule in turn, for any path. */
class PathScreenTest {
    private static final List<CompiledRule> PATH_ONLY = RuleSet.builtIn().compiled().stream()
            .filter(r -> r.rule().keywords().isEmpty()).toList();
    private static final PathScreen SCREEN = new PathScreen(PATH_ONLY);

    private static boolean anyRuleApplies(String path) {
        return PATH_ONLY.stream().anyMatch(r -> r.appliesTo(Optional.of(path)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/root/.ssh/id_rsa", "/etc/ssh/ssh_host_ed25519_key", "/app/certs/server.P12",
        "/home/u/.azure/msal_token_cache.json", "/var/jenkins_home/secrets/master.key", "/srv/config/master.key",
        "/root/.pgpass", "/deploy/secret.YAML", "/etc/apache2/.htpasswd", "/root/.git-credentials",
        "/root/.config/gcloud/legacy_credentials/a@b.c/adc.json", "/app/key.ppk", "/root/.vault-token",
        "/usr/lib/libc.so.6", "/app/node_modules/x/index.js", "/root/.ssh/id_rsa.pub", "/", "", "id_rsa",
        "/a/secrets/master.key.bak", "/app/config/credentials/production.key"})
    void shouldAgreeWithRulesWhenPathIsKnown(String path) {
        assertThat(SCREEN.mayApply(path)).as(path).isEqualTo(anyRuleApplies(path));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ' ', value = {
        "(?:^|/)\\.azure/(?:a|b)$ .azure/", "(?i)(?:^|/)Secrets/x\\.key$ secrets/x.key", "^config/ab?c$ config/a",
        "(?:^|/)foo|bar$ ''", "[a-z]+/x$ ''", "(?:^|/)ab+c$ ab", "x(?:y)z$ x"})
    void shouldTakeOnlyTheLiteralEveryMatchContainsWhenScreening(String regex, String literal) {
        assertThat(PathScreen.leadingLiteral(regex)).isEqualTo(literal);
    }

    @Property(tries = 2000)
    void shouldAgreeWithRulesWhenPathIsGenerated(@ForAll("paths") String path) {
        assertThat(SCREEN.mayApply(path)).as(path).isEqualTo(anyRuleApplies(path));
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of(".ssh", "id_rsa", "id_ed25519_sk", "ssh_host_rsa_key", ".azure", "accessTokens.json",
                        "secrets", "master.key", "hudson.util.Secret", "initialAdminPassword", "config",
                        "credentials", "prod.key", ".gnupg", "secring.gpg", "private-keys-v1.d", ".pgpass",
                        ".htpasswd", "htpasswd.users", "a.yml", "b.YAML", ".git-credentials", ".vault-token",
                        "x.jks", "y.PFX", "z.keystore", "k.ppk", "gcloud", "legacy_credentials", "adc.json", "lib",
                        "usr", "app", "README.md"),
                Arbitraries.strings().withChars("abcXYZ._-/").ofMinLength(0).ofMaxLength(12));
        return segment.list().ofMinSize(0).ofMaxSize(6).map(parts -> "/" + String.join("/", parts));
    }
}
