package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code git-credentials}. */
class GitCredentialsRuleTest extends AbstractRuleContractTest {
    private final String token = TestSecrets.random(TestSecrets.ALNUM, 32);

    @Override
    String ruleId() {
        return "git-credentials";
    }

    @Override
    Sample sample() {
        return new Sample("/root/.git-credentials", "https://ci-bot:" + token + "@git.corp.net\n", 1, token);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/root/.git-credentials", "https://user:pass@example.com\n"));
    }
}
