package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code slack-token}. */
class SlackRuleTest extends AbstractRuleContractTest {
    private final String token = "xoxb-" + TestSecrets.random("0123456789", 12) + "-"
            + TestSecrets.random("0123456789", 13) + "-" + TestSecrets.random(TestSecrets.ALNUM, 24);

    @Override
    String ruleId() {
        return "slack-token";
    }

    @Override
    Sample sample() {
        return new Sample("/app/config.yaml", "slack:\n  bot: \"" + token + "\"\n", 2, token);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/app/doc.md", "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx\n"));
    }
}
