package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code kubeconfig-token}. */
class KubeconfigRuleTest extends AbstractRuleContractTest {
    private final String token = TestSecrets.random(TestSecrets.ALNUM, 48);

    @Override
    String ruleId() {
        return "kubeconfig-token";
    }

    @Override
    Sample sample() {
        return new Sample("/root/.kube/config", "apiVersion: v1\nusers:\n- name: ci\n  user:\n    token: " + token
                + "\n", 5, token);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/root/.kube/config", "users:\n- name: ci\n  user:\n    token: ${KUBE_TOKEN}\n"),
                new Decoy("/app/tokens.yaml", "kind: lexer\ntoken: identifier\n"));
    }
}
