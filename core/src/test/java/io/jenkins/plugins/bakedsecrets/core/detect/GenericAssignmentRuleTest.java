package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code generic-secret-assignment}. */
class GenericAssignmentRuleTest extends AbstractRuleContractTest {
    private final String password = TestSecrets.random(TestSecrets.ALNUM, 20);

    @Override
    String ruleId() {
        return "generic-secret-assignment";
    }

    @Override
    Sample sample() {
        return new Sample("/app/config/settings.yaml", "db:\n  host: db\n  password: \"" + password + "\"\n", 3,
                password);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/app/.env", String.join("\n",
                "password = ", "password: true", "DB_PASSWORD=${DB_PASSWORD}", "api_key = \"<your-api-key>\"",
                "secret=changeme", "token: xxxxxxxxxxxx", "PASSWORD=********", "password = os.environ.get(\"PW\")",
                "token_hash = " + "ab12".repeat(16), "secret_id = 123e4567-e89b-12d3-a456-426614174000",
                "password_file = /run/secrets/db", "token_url = https://auth.corp/token",
                "password = self.config.password", "password = test123", "")));
    }
}
