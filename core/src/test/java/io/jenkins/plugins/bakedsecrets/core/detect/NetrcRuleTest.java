package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code netrc-password}. */
class NetrcRuleTest extends AbstractRuleContractTest {
    private final String password = TestSecrets.random(TestSecrets.ALNUM, 20);

    @Override
    String ruleId() {
        return "netrc-password";
    }

    @Override
    Sample sample() {
        return new Sample("/root/.netrc", "machine artifacts.corp\n  login deploy\n  password " + password + "\n", 3,
                password);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/root/.netrc", "machine example.com login x password $NETRC_PASSWORD\n"));
    }
}
