package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.CRITICAL;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;

import java.util.List;

/**
 * Built-in rules for key material beyond PEM private keys: files that are keys by name (Kerberos keytabs, KeePass
 * databases, onion-service keys), WireGuard and OpenVPN keys in their configuration syntax, BIP-32 wallet keys.
 */
final class KeyFileRules {
    /** Base64 of 32 bytes: 42 characters, one whose low two bits are zero, '='. */
    private static final String KEY32 = "([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)";

    private KeyFileRules() {
    }

    static List<Rule> rules() {
        return List.of(
                FileRules.file("kerberos-keytab-file", "Kerberos keytab file", CRITICAL,
                        "Holds a principal's long-term keys: authenticates as the service without a password.",
                        "(?i)\\.keytab$"),
                FileRules.file("keepass-database-file", "KeePass password database", HIGH,
                        "Every stored password behind one master password, which can be attacked offline.",
                        "(?i)\\.kdbx$"),
                FileRules.file("tor-onion-service-key-file", "Tor onion service secret key", HIGH,
                        "Impersonates the onion service: its address belongs to whoever holds the key.",
                        "(?:^|/)hs_ed25519_secret_key$"),
                FileRules.file("vnc-password-file", "VNC password file", HIGH,
                        "The password is obfuscated with a fixed, published DES key: effectively plain text.",
                        "(?:^|/)\\.vnc/passwd$"),
                FileRules.file("ldap-secret-file", "LDAP bind password file", HIGH,
                        "The directory's bind (often root) password in plain text.",
                        "(?:^|/)(?:ldap|pam_ldap|libnss-ldap)\\.secret$"),
                Rule.builder("openvpn-static-key", "OpenVPN static key", HIGH)
                        .reason("Authenticates (tls-auth, tls-crypt) or encrypts the tunnel's traffic.")
                        .kind(RuleKind.PEM_BLOCK).keywords("openvpn static key")
                        .regex("-----BEGIN OpenVPN Static key V1-----").build(),
                Rule.builder("wireguard-private-key", "WireGuard private key", HIGH)
                        .reason("Joins the VPN as its peer: traffic to and from that peer's addresses.")
                        .keywords("privatekey")
                        .regex("^\\s*(?i:PrivateKey)\\s*=\\s*" + KEY32 + "\\s*(?:#.*)?$").build(),
                Rule.builder("wireguard-preshared-key", "WireGuard preshared key", HIGH)
                        .reason("The symmetric half of a peer's authentication, paired with its private key.")
                        .keywords("presharedkey").regex("^\\s*(?i:PresharedKey)\\s*=\\s*" + KEY32 + "\\s*(?:#.*)?$")
                        .build(),
                Rule.builder("bip32-extended-private-key", "BIP-32 extended private key (xprv)", CRITICAL)
                        .reason("Derives every key of the wallet: moves its funds.").keywords("xprv", "tprv")
                        .regex("\\b([xt]prv[1-9A-HJ-NP-Za-km-z]{107,108})\\b")
                        .validator(ExtendedKeys::privateKey).build());
    }
}
