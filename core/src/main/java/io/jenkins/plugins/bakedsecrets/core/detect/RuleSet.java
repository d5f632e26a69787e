package io.jenkins.plugins.bakedsecrets.core.detect;

import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered, immutable set of rules with unique ids. Order matters: when two rules report the same value on the
 * same line, the earlier (more specific) rule wins.
 */
public final class RuleSet {
    private static final RuleSet BUILT_IN = builtInRules();

    private final List<Rule> rules;
    private final List<CompiledRule> compiled;
    private final String version;

    private RuleSet(String versionPrefix, List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule r : this.rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("duplicate rule id '" + r.id() + "'");
            }
        }
        this.compiled = this.rules.stream().map(CompiledRule::new).toList();
        this.version = versionPrefix + "+" + contentHash(this.rules);
    }

    /** The built-in rules; built once, shared (it is immutable). */
    public static RuleSet builtIn() {
        return BUILT_IN;
    }

    /** A custom rule set; throws {@link IllegalArgumentException} on duplicate ids. */
    public static RuleSet of(String name, List<Rule> rules) {
        Objects.requireNonNull(name, "name");
        return new RuleSet(name, rules);
    }

    /** The rules in evaluation order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rule with this id. */
    public Optional<Rule> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** A version that changes with any rule's id, severity, regex or conditions, e.g. {@code builtin+1a2b3c4d}. */
    public String version() {
        return version;
    }

    List<CompiledRule> compiled() {
        return compiled;
    }

    private static RuleSet builtInRules() {
        // Specific before general: on a line where two rules report the same value, the earlier one wins.
        List<Rule> all = new ArrayList<>(KeyRules.rules());
        all.addAll(TokenRules.rules());
        // Azure rules that name their service come before the generic storage connection-string rule.
        all.addAll(AzureKeyRules.rules());
        all.addAll(AzureConnectionRules.rules());
        all.addAll(CloudTokenRules.rules());
        all.addAll(DevToolRules.rules());
        all.addAll(ServiceTokenRules.rules());
        all.addAll(SaasTokenRules.rules());
        all.addAll(AiPlatformRules.rules());
        all.addAll(CloudPlatformRules.rules());
        all.addAll(PlatformTokenRules.rules());
        all.addAll(SaasApiRules.rules());
        all.addAll(PaymentApiRules.rules());
        all.addAll(WebhookRules.rules());
        all.addAll(KeyFileRules.rules());
        all.addAll(ToolConfigRules.rules());
        all.addAll(SystemCredentialRules.rules());
        all.addAll(FileRules.rules());
        all.addAll(CommandRules.rules());
        all.addAll(ContextServices.rules());
        all.addAll(CredentialRules.rules());
        return new RuleSet("builtin", all);
    }

    private static String contentHash(List<Rule> rules) {
        MessageDigest sha = SecretDigest.sha256();
        for (Rule r : rules) {
            String text = String.join("\u0000", r.id(), r.severity().id(), r.kind().name(), r.regex(),
                    r.pathRegex().orElse(""), String.valueOf(r.minEntropy()), String.join(",", r.keywords()),
                    String.join(",", r.allowSecret()), String.join(",", r.allowMatch()),
                    String.join(",", r.credentialWords()));
            sha.update(text.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 4);
    }

    @Override
    public String toString() {
        return "RuleSet[" + version + ", " + rules.size() + " rules]";
    }
}
