package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code aws-secret-access-key}. */
class AwsSecretKeyRuleTest extends AbstractRuleContractTest {
    private final String secret = TestSecrets.awsSecretKey();

    @Override
    String ruleId() {
        return "aws-secret-access-key";
    }

    @Override
    Sample sample() {
        return new Sample("/root/.aws/credentials",
                "[default]\naws_access_key_id = " + TestSecrets.awsAccessKeyId() + "\naws_secret_access_key = "
                        + secret + "\n", 3, secret);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/app/README.md",
                "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"),
                new Decoy("/app/conf.ini", "aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n"));
    }
}
