package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code pypi-token}. */
class PypiTokenRuleTest extends AbstractRuleContractTest {
    private final String token = "pypi-AgEIcHlwaS5vcmc" + TestSecrets.random(TestSecrets.URLSAFE, 70);

    @Override
    String ruleId() {
        return "pypi-token";
    }

    @Override
    Sample sample() {
        return new Sample("/root/.pypirc", "[pypi]\nusername = __token__\npassword = " + token + "\n", 3, token);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/root/.pypirc", "[pypi]\nusername = __token__\npassword = <your-pypi-token>\n"));
    }
}
