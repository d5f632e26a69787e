package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code vault-token}. */
class VaultTokenRuleTest extends AbstractRuleContractTest {
    private final String token = "hvs." + TestSecrets.random(TestSecrets.URLSAFE, 90);

    @Override
    String ruleId() {
        return "vault-token";
    }

    @Override
    Sample sample() {
        return new Sample("/etc/profile.d/vault.sh", "#!/bin/sh\nexport VAULT_TOKEN=" + token + "\n", 2, token);
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/etc/x.conf", "session s." + TestSecrets.random(TestSecrets.ALNUM, 24) + " ok\n"));
    }
}
