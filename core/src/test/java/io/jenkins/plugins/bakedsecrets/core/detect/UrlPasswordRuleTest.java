package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code url-password}. */
class UrlPasswordRuleTest extends AbstractRuleContractTest {
    private final String password = TestSecrets.random(TestSecrets.ALNUM, 18);

    @Override
    String ruleId() {
        return "url-password";
    }

    @Override
    Sample sample() {
        return new Sample("/app/.env",
                "PORT=8080\nDATABASE_URL=postgresql://app:" + password + "@db.internal:5432/app\n", 2, password);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/app/README.md", "curl https://user:pass@example.com/x\n"
                + "mongodb+srv://admin:" + TestSecrets.random(TestSecrets.ALNUM, 12) + "@cluster0.example.net/db\n"
                + "redis://:${REDIS_PASSWORD}@redis:6379\nhttps://github.com/org/repo.git\n"
                + "amqp://guest:guest@localhost:5672/\n"));
    }
}
