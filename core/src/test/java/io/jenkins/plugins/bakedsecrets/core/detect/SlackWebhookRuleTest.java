package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code slack-webhook}. */
class SlackWebhookRuleTest extends AbstractRuleContractTest {
    private final String url = "https://hooks.slack.com/services/T" + TestSecrets.random("ABCDEFGHJK0123456789", 8)
            + "/B" + TestSecrets.random("ABCDEFGHJK0123456789", 10) + "/" + TestSecrets.random(TestSecrets.ALNUM, 24);

    @Override
    String ruleId() {
        return "slack-webhook";
    }

    @Override
    Sample sample() {
        return new Sample("/etc/alerts.json", "{\n  \"webhook\": \"" + url + "\"\n}\n", 2, url);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/doc.md",
                "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX\n"));
    }
}
