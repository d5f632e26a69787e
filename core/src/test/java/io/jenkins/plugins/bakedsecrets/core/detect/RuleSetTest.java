package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built-in rule set: unique stable ids, valid definitions, and the generated rules documentation. */
class RuleSetTest {
    @Test
    void shouldHaveUniqueKebabIdsWhenBuiltIn() {
        List<String> ids = RuleSet.builtIn().rules().stream().map(Rule::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(ids).contains("aws-access-key-id", "aws-secret-access-key", "github-token", "gitlab-token",
                "npm-token", "pypi-token", "slack-token", "slack-webhook", "stripe-live-key", "google-api-key",
                "gcp-service-account", "jwt", "private-key-rsa", "private-key-openssh", "private-key-pgp",
                "docker-config-auth", "docker-identity-token", "kubeconfig-token", "kubeconfig-client-key",
                "npmrc-auth", "git-credentials", "netrc-password", "url-password", "jdbc-password", "vault-token",
                "sonarqube-token", "generic-secret-assignment", "keystore-file", "ssh-private-key-file");
        assertThat(RuleSet.builtIn().rules()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    }

    /**
     * A class run that admits non-word characters ({@code [A-Za-z0-9_-]}) must not end in {@code \b}: a value ending
     * in '-' then needs a word character after it, so a random fraction of real secrets went unfound.
     */
    @Test
    void shouldNotEndMixedClassWithWordBoundaryWhenBuiltIn() {
        Pattern classThenBoundary = Pattern.compile("(\\[(?:\\\\.|[^\\]\\\\])+\\])(?:\\{[0-9,]+\\}|[+*])\\)?\\\\b");
        List<String> offenders = new ArrayList<>();
        for (Rule rule : RuleSet.builtIn().rules()) {
            Matcher m = classThenBoundary.matcher(rule.regex());
            while (m.find()) {
                Pattern cls = Pattern.compile(m.group(1));
                boolean word = cls.matcher("a").matches() || cls.matcher("0").matches() || cls.matcher("_").matches();
                boolean nonWord = "-+/.=~%:".chars().anyMatch(c -> cls.matcher(Character.toString(c)).matches());
                if (word && nonWord) {
                    offenders.add(rule.id() + ": " + m.group());
                }
            }
        }

        assertThat(offenders).isEmpty();
    }

    @Test
    void shouldFindRuleByIdWhenPresent() {
        assertThat(RuleSet.builtIn().byId("github-token")).hasValueSatisfying(
                r -> assertThat(r.severity()).isEqualTo(Severity.HIGH));
        assertThat(RuleSet.builtIn().byId("no-such-rule")).isEmpty();
        assertThat(RuleSet.builtIn().version()).matches("builtin\\+[0-9a-f]{8}");
    }

    @Test
    void shouldRejectDuplicateIdsWhenCustom() {
        Rule r = Rule.builder("my-rule", "Mine", Severity.LOW).keywords("mine").regex("mine=(\\w+)").build();

        assertThatThrownBy(() -> RuleSet.of("custom", List.of(r, r))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("my-rule");
    }

    @Test
    void shouldRejectInvalidRuleWhenRegexNotRe2() {
        assertThatThrownBy(() -> Rule.builder("bad", "Bad", Severity.LOW).keywords("x").regex("(?!x)y").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad");
        assertThatThrownBy(() -> Rule.builder("Bad_Id", "Bad", Severity.LOW).keywords("x").regex("x").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rule.builder("no-kw", "No", Severity.LOW).regex("x").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldChangeVersionWhenRulesChange() {
        Rule a = Rule.builder("my-rule", "Mine", Severity.LOW).keywords("mine").regex("mine=(\\w+)").build();
        Rule b = Rule.builder("my-rule", "Mine", Severity.HIGH).keywords("mine").regex("mine=(\\w+)").build();

        assertThat(RuleSet.of("c", List.of(a)).version()).isNotEqualTo(RuleSet.of("c", List.of(b)).version());
    }

    /** Generates the rules table for docs/rules.md into target/rules.md; the build copies it into the docs. */
    @Test
    void shouldGenerateRulesDocumentationWhenBuiltIn() throws IOException {
        String markdown = RulesDocumentation.markdown(RuleSet.builtIn());
        Path out = Path.of("target", "rules.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown);

        assertThat(markdown).startsWith("# Detection rules").contains("| `github-token` | GitHub token | high |");
        assertThat(markdown.lines().filter(l -> l.startsWith("| `"))).hasSize(RuleSet.builtIn().rules().size());
    }

    /** docs/rules.md is generated: regenerate it from target/rules.md (written above) when this fails. */
    @Test
    void shouldMatchCommittedDocumentationWhenRulesChange() throws IOException {
        String committed = Files.readString(Path.of("..", "docs", "rules.md"));

        assertThat(committed).as("docs/rules.md is stale: copy core/target/rules.md over it")
                .isEqualTo(RulesDocumentation.markdown(RuleSet.builtIn()));
    }
}
