package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code sonarqube-token}. */
class SonarTokenRuleTest extends AbstractRuleContractTest {
    private final String token = "squ_" + TestSecrets.random("0123456789abcdef", 40);

    @Override
    String ruleId() {
        return "sonarqube-token";
    }

    @Override
    Sample sample() {
        return new Sample("/opt/scanner/conf/sonar-scanner.properties", "sonar.host.url=https://sonar.corp\n"
                + "sonar.token=" + token + "\n", 2, token);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/x.properties", "sonar.token=${SONAR_TOKEN}\n"));
    }
}
