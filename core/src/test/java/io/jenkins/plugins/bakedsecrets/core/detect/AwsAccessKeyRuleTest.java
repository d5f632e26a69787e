package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code aws-access-key-id}. */
class AwsAccessKeyRuleTest extends AbstractRuleContractTest {
    private final String key = TestSecrets.awsAccessKeyId();

    @Override
    String ruleId() {
        return "aws-access-key-id";
    }

    @Override
    Sample sample() {
        return new Sample("/root/.aws/credentials", "[default]\naws_access_key_id = " + key + "\n", 2, key);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/app/README.md", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"),
                new Decoy("/app/x.txt", "id NOTAKIA" + key.substring(4) + "X and AKIA123\n"));
    }
}
