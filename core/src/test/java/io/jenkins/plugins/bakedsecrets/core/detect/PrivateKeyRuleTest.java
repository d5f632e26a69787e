package io.jenkins.plugins.bakedsecrets.core.detect;

import java.util.List;

/** Contract for {@code private-key-pkcs8} (multi-line PEM); other PEM kinds are covered by {@link PemBlockTest}. */
class PrivateKeyRuleTest extends AbstractRuleContractTest {
    @Override
    String ruleId() {
        return "private-key-pkcs8";
    }

    @Override
    Sample sample() {
        return new Sample("/etc/ssl/private/server.key", "\n" + TestSecrets.pkcs8Pem(), 2, "");
    }

    @Override
    List<Decoy> decoys() {
        return List.of(new Decoy("/etc/ssl/certs/ca.pem", TestSecrets.pem("CERTIFICATE")),
                new Decoy("/etc/ssl/pub.pem", TestSecrets.pem("PUBLIC KEY")),
                new Decoy("/root/.ssh/id_rsa.pub", "ssh-rsa AAAAB3NzaC1yc2E"
                        + TestSecrets.random(TestSecrets.BASE64, 300) + " user@host\n"));
    }
}
