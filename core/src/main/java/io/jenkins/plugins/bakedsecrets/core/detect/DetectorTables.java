package io.jenkins.plugins.bakedsecrets.core.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The immutable, shareable part of a detector: compiled rules and one automaton holding every rule keyword and every
 * encoding of every known secret. Pattern ids below {@code keywordCount} are keywords, the rest known-secret forms.
 */
final class DetectorTables {
    /** Rule id of known-secret detections. */
    static final String KNOWN_SECRET = "known-secret";
    private static final int[] NONE = new int[0];

    private final List<CompiledRule> rules;
    private final int[][] keywordRules;
    private final List<KnownSecrets.KnownPattern> known;
    private final KeywordAutomaton automaton;
    private final int serviceAccountRule;
    private final int kubernetesSecretRule;
    private final int genericAssignmentRule;
    /** The check of each keyword's hits for each of its rules (parallel to {@link #keywordRules}), or null. */
    private final HitChecks.HitCheck[][] hitChecks;
    private final PathScreen pathOnlyScreen;
    private final int[] pathOnlyRules;
    private final CompiledContext[] contexts;

    DetectorTables(RuleSet ruleSet, KnownSecrets knownSecrets) {
        this.rules = ruleSet.compiled();
        Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            for (String k : rules.get(i).rule().keywords()) {
                byKeyword.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        List<byte[]> patterns = new ArrayList<>();
        this.keywordRules = new int[byKeyword.size()][];
        this.hitChecks = new HitChecks.HitCheck[byKeyword.size()][];
        int id = 0;
        for (Map.Entry<String, List<Integer>> e : byKeyword.entrySet()) {
            patterns.add(e.getKey().getBytes(StandardCharsets.UTF_8));
            keywordRules[id] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            hitChecks[id] = e.getValue().stream().map(r -> HitChecks.forHit(rules.get(r).rule(), e.getKey()))
                    .toArray(HitChecks.HitCheck[]::new);
            id++;
        }
        this.known = knownSecrets.patterns();
        known.forEach(p -> patterns.add(p.automatonKey()));
        this.automaton = new KeywordAutomaton(patterns);
        this.serviceAccountRule = indexOf(KeyRules.GCP_SERVICE_ACCOUNT);
        this.kubernetesSecretRule = indexOf(FileRules.KUBERNETES_SECRET);
        this.genericAssignmentRule = indexOf(HitChecks.GENERIC_ASSIGNMENT);
        this.pathOnlyRules = IntStream.range(0, rules.size()).filter(i -> rules.get(i).rule().keywords().isEmpty())
                .toArray();
        this.pathOnlyScreen = new PathScreen(Arrays.stream(pathOnlyRules).mapToObj(rules::get).toList());
        this.contexts = new CompiledContext[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            contexts[i] = rules.get(i).rule().kind() == RuleKind.CONTEXT ? new CompiledContext(rules.get(i), i) : null;
        }
    }

    /** The context-keyed rules prepared for matching, by rule index; null for rules of other kinds. */
    CompiledContext[] contexts() {
        return contexts;
    }

    /**
     * Indexes of the rules without keywords, which apply by path alone. A scan session starts per file, so it looks
     * at these few instead of asking every rule whether it has keywords.
     */
    int[] pathOnlyRules() {
        return pathOnlyRules;
    }

    /** Whether a rule without keywords (one that applies by path alone, whole files included) may apply here. */
    boolean mayApplyByPath(Optional<String> path) {
        return path.isPresent() && pathOnlyScreen.mayApply(path.get());
    }

    /**
     * The byte-level check a hit of keyword pattern {@code pattern} must pass before the regex of its
     * {@code target}-th rule ({@link #keywordRules}) runs, or null.
     */
    HitChecks.HitCheck hitCheck(int pattern, int target) {
        return hitChecks[pattern][target];
    }

    List<CompiledRule> rules() {
        return rules;
    }

    KeywordAutomaton automaton() {
        return automaton;
    }

    /** Rules triggered by keyword pattern {@code pattern}; empty for known-secret patterns. */
    int[] keywordRules(int pattern) {
        return pattern < keywordRules.length ? keywordRules[pattern] : NONE;
    }

    KnownSecrets.KnownPattern known(int pattern) {
        return known.get(pattern - keywordRules.length);
    }

    private int indexOf(String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).rule().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the Kubernetes Secret manifest rule, or -1 when the rule set has none. */
    int kubernetesSecretRule() {
        return kubernetesSecretRule;
    }

    /** Index of the name-based generic rule, or -1 when the rule set lacks it. */
    int genericAssignmentRule() {
        return genericAssignmentRule;
    }

    /** Index of the service-account rule, or -1 when the rule set has none. */
    int serviceAccountRule() {
        return serviceAccountRule;
    }
}
