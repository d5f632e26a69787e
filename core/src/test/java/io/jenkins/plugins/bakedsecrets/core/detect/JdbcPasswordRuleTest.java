package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code jdbc-password}. */
class JdbcPasswordRuleTest extends AbstractRuleContractTest {
    private final String password = TestSecrets.random(TestSecrets.ALNUM, 16);

    @Override
    String ruleId() {
        return "jdbc-password";
    }

    @Override
    Sample sample() {
        return new Sample("/opt/app/application.properties", "spring.datasource.url=jdbc:mysql://db:3306/app?user=app"
                + "&password=" + password + "&useSSL=true\n", 1, password);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/opt/app/application.properties",
                "spring.datasource.url=jdbc:mysql://db:3306/app?user=app&password=${DB_PASSWORD}\n"));
    }
}
