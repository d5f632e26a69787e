package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code npm-token} and {@code npmrc-auth}. */
class NpmTokenRuleTest extends AbstractRuleContractTest {
    private final String token = TestSecrets.checksummed("npm_");

    @Override
    String ruleId() {
        return "npm-token";
    }

    @Override
    Sample sample() {
        return new Sample("/home/node/.npmrc", "registry=https://registry.npmjs.org/\n"
                + "//registry.npmjs.org/:_authToken=" + token + "\n", 2, token);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/home/node/.npmrc", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n"));
    }
}
