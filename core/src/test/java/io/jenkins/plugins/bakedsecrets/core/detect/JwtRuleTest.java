package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code jwt}. */
class JwtRuleTest extends AbstractRuleContractTest {
    private final String jwt = TestSecrets.jwt();

    @Override
    String ruleId() {
        return "jwt";
    }

    @Override
    Sample sample() {
        return new Sample("/app/token.txt", "Authorization: Bearer " + jwt + "\n", 1, jwt);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/doc.md", "eyJ and eyJhbGc.eyJzdWIi\n"));
    }
}
