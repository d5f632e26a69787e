package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code github-token}. */
class GitHubTokenRuleTest extends AbstractRuleContractTest {
    private final String token = TestSecrets.githubToken();

    @Override
    String ruleId() {
        return "github-token";
    }

    @Override
    Sample sample() {
        return new Sample("/app/.env", "# ci\nNAME=x\nGH=" + token + "\n", 3, token);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/app/doc.md", "use ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx here\n"),
                new Decoy("/app/doc2.md", "prefix ghp_short and ghp_" + "a".repeat(36) + "\n"));
    }
}
