package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;

import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.List;

/** Built-in rules for private keys: PEM blocks, service-account JSON, key files and keystores. */
final class KeyRules {
    /** Id of the rule that upgrades a JSON-escaped private key to a Google service-account key. */
    static final String GCP_SERVICE_ACCOUNT = "gcp-service-account";
    private static final String KEY = "A private key impersonates its owner (host, user, signer) until rotated "
            + "everywhere.";

    private KeyRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.builder(GCP_SERVICE_ACCOUNT, "Google Cloud service-account key", CRITICAL)
                        .reason("Authenticates as a cloud service account; often broadly privileged.")
                        .kind(RuleKind.PEM_BLOCK).keywords("service_account")
                        .regex("\"type\"\\s*:\\s*\"service_account\"").build(),
                pem("private-key-rsa", "RSA private key", "RSA PRIVATE KEY", CRITICAL, KEY, PemValidators::derSequence),
                pem("private-key-ec", "EC private key", "EC PRIVATE KEY", CRITICAL, KEY, PemValidators::derSequence),
                pem("private-key-dsa", "DSA private key", "DSA PRIVATE KEY", CRITICAL, KEY, PemValidators::derSequence),
                pem("private-key-openssh", "OpenSSH private key", "OPENSSH PRIVATE KEY", CRITICAL, KEY,
                        PemValidators::openssh),
                pem("private-key-pkcs8", "PKCS#8 private key", "PRIVATE KEY", CRITICAL, KEY, PemValidators::pkcs8),
                pem("private-key-encrypted", "Encrypted PKCS#8 private key", "ENCRYPTED PRIVATE KEY", HIGH,
                        "A passphrase protects it, but the passphrase can be attacked offline.",
                        PemValidators::derSequence),
                pem("private-key-pgp", "PGP private key block", "PGP PRIVATE KEY BLOCK", CRITICAL, KEY, null),
                Rule.builder("ssh-private-key-file", "SSH private key file", CRITICAL).reason(KEY)
                        .kind(RuleKind.FILE_PATH)
                        .path("(?:^|/)(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|ssh_host_[a-z0-9]+_key)$").build(),
                Rule.builder("keystore-file", "Keystore file (PKCS#12, JKS)", HIGH)
                        .reason("Holds private keys behind a store password that is often a default or nearby.")
                        .kind(RuleKind.FILE_PATH).path("(?i)\\.(?:p12|pfx|jks|jceks|bcfks|keystore)$").build());
    }

    private static Rule pem(String id, String title, String label, Severity severity, String reason,
                            TokenValidator validator) {
        return Rule.builder(id, title, severity).reason(reason).kind(RuleKind.PEM_BLOCK).keywords("private key")
                .regex("-----BEGIN " + label + "-----").validator(validator).build();
    }
}
