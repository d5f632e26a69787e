package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code gitlab-token}. */
class GitLabTokenRuleTest extends AbstractRuleContractTest {
    private final String token = "glpat-" + TestSecrets.random(TestSecrets.ALNUM, 20);

    @Override
    String ruleId() {
        return "gitlab-token";
    }

    @Override
    Sample sample() {
        return new Sample("/builds/.gitlab-ci.env", "CI_PROJECT=x\nPRIVATE=" + token + "\n", 2, token);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/doc.md", "glpat-<your-token-here> glpat-xxxxxxxxxxxxxxxxxxxx\n"));
    }
}
