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
                "password = self.config.password", "password = test123", "")),
                // Names of secrets, not secrets: constants, enum members, header names, schema keys.
                new Decoy("/usr/lib/python3/dist-packages/lib/consts.py", String.join("\n",
                        "    ACCESS_KEY = 'AWSAccessKeyId'", "    CHALLENGE_PASSWORD: \"challengePassword\",",
                        "const X_AWS_EC2_METADATA_TOKEN = \"x-aws-ec2-metadata-token\";",
                        "    ClientSecretBasic = \"ClientSecretBasic\",", "  secret: crypto_secretbox_KEYBYTES,",
                        "    \"AWS::SecretsManager::Secret\": \"c85175a4ebcce361\",",
                        "                <token>@projectversion@</token>",
                        "  refresh_token: this.credentials?.refresh_token ? 'x' : undefined,",
                        "    \"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\",", "    apiKey: SensitiveString2048;",
                        "  withXSRFToken: defaultToConfig2,", "tools.decryptionPassword=Verschl\u00fcsselungs-Passwort",
                        "err.cookie_name_is_token=\\u30af\\u30c3\\u30ad", "<token>\\$BUILD_TIME\\$</token>",
                        "\"AWSSecretsManagerReadWrite\": \"arn:aws:iam::aws:policy/SecretsManagerReadWrite\",",
                        "\"PasswordLastUsed\": \"2016-09-08T21:47:36Z\",", "my $pwd = `/usr/bin/fullpath -t`;",
                        "this.passwordRequired = !response.enableEmailLinkSignin;", "Token.Prompt: '#ansibrightblue',",
                        "<replacefilter token=\".qualifier\" value=\"x\"/>",
                        "processorArchitecture=\"*\" publicKeyToken=\"1fc8b3b9a1e18e3b\"></assemblyIdentity>", "")));
    }
}
