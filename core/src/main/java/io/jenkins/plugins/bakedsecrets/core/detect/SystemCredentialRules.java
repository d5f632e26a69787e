package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.List;

/**
 * Built-in rules for operating-system and network credentials in their own configuration files: Wi-Fi and IPsec
 * pre-shared keys, PPP secrets, mail relay and mail client logins. Each regex follows the file's documented syntax.
 */
final class SystemCredentialRules {
    private static final String MAIL = "A mail account login; mail accounts reset other passwords.";
    private static final String WEAK = CredentialRules.WEAK_WORDS;

    private SystemCredentialRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.builder("wifi-passphrase", "Wi-Fi passphrase (WPA pre-shared key)", MEDIUM)
                        .reason("Joins the wireless network, inside the perimeter.")
                        .keywords("psk=", "psk =", "wpa_passphrase")
                        // wpa_supplicant quotes a passphrase and writes a derived key as 64 hex digits; hostapd
                        // (wpa_passphrase) and NetworkManager (psk) write it bare.
                        .regex("^\\s*(?:psk|wpa_passphrase)\\s*=\\s*(?:\"([^\"]{8,63})\"|([^\\s\"#]{8,64}))\\s*$")
                        .allowSecret(WEAK).build(),
                Rule.builder("ipsec-pre-shared-key", "IPsec pre-shared key (ipsec.secrets)", HIGH)
                        .reason("Authenticates a site-to-site or remote-access VPN peer.")
                        .keywords("psk \"", "psk 0s", "psk 0x")
                        // A quoted secret, or base64 (0s) or hex (0x) as strongSwan and Libreswan allow.
                        .regex(":\\s*PSK\\s+(?:\"([^\"]{6,256})\"|(0s[A-Za-z0-9+/=]{8,})|(0x[0-9a-fA-F]{16,}))")
                        .build(),
                Rule.builder("ppp-secret", "PPP CHAP or PAP secret", MEDIUM)
                        .reason("A dial-up or VPN login in plain text.").path("(?:^|/)(?:chap|pap)-secrets$")
                        // Client, server, secret: each a word or a quoted string.
                        .regex("^\\s*(?:\"[^\"]*\"|[^#\\s\"]+)\\s+(?:\"[^\"]*\"|[^\\s\"]+)\\s+"
                                + "(?:\"([^\"]{4,})\"|([^\\s\"]{4,}))")
                        .allowSecret(WEAK).build(),
                Rule.builder("postfix-sasl-password", "Postfix SMTP relay password (sasl_passwd)", MEDIUM)
                        .reason("Relays mail through the provider as the organisation.").path("(?:^|/)sasl_passwd$")
                        .regex("^\\s*[^#\\s]+\\s+[^:\\s]+:(\\S+)").allowSecret(WEAK).build(),
                Rule.builder("exim-client-password", "Exim SMTP relay password (passwd.client)", MEDIUM)
                        .reason("Relays mail through the provider as the organisation.").path("(?:^|/)passwd\\.client$")
                        .regex("^\\s*[^#:\\s]+:[^:\\s]+:(\\S+)").allowSecret(WEAK).build(),
                Rule.builder("msmtp-password", "Password in an msmtp configuration", MEDIUM).reason(MAIL)
                        .path("(?:^|/)\\.?msmtprc$").regex("^\\s*password\\s+(\\S+)")
                        .allowSecret(WEAK).build(),
                Rule.builder("fetchmail-password", "Password in a fetchmail configuration", MEDIUM).reason(MAIL)
                        .path("(?:^|/)\\.?fetchmailrc$")
                        .regex("\\bpass(?:word)?\\s+(?:\"([^\"`]+)\"|'([^'`]+)'|([^\\s\"'`]+))")
                        .allowSecret(WEAK).build(),
                Rule.builder("mutt-password", "Password in a mutt configuration", MEDIUM).reason(MAIL)
                        .keywords("smtp_pass", "imap_pass", "pop_pass")
                        // A backtick starts a command whose output is the password: a reference, not a value.
                        .regex("\\bset\\s+(?:smtp|imap|pop)_pass\\s*=\\s*(?:\"([^\"`]+)\"|'([^'`]+)'|([^\\s\"'#`]+))")
                        .allowSecret(WEAK).build());
    }
}
