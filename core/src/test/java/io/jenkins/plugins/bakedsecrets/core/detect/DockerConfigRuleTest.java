package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code docker-config-auth}. */
class DockerConfigRuleTest extends AbstractRuleContractTest {
    private final String auth = java.util.Base64.getEncoder().encodeToString(("ci-bot:" + TestSecrets.random(
            TestSecrets.ALNUM, 24)).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Override
    String ruleId() {
        return "docker-config-auth";
    }

    @Override
    Sample sample() {
        return new Sample("/root/.docker/config.json", "{\n  \"auths\": {\n    \"registry.corp\": {\n      \"auth\": \""
                + auth + "\"\n    }\n  }\n}\n", 4, auth);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/root/.docker/config.json", "{\"auths\": {\"r\": {\"auth\": \"\"}}}\n"));
    }
}
