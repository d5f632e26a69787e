package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.Embedded.file;
import static io.jenkins.plugins.bakedsecrets.core.detect.PlatformSamples.b64;
import static io.jenkins.plugins.bakedsecrets.core.detect.PlatformSamples.miss;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.raw;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleSample.token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Samples of key files and of credentials in system and tool configuration files, each in its real syntax. */
final class ConfigFileSamples {
    private ConfigFileSamples() {
    }

    static List<Function<SampleGen, RuleSample>> all() {
        List<Function<SampleGen, RuleSample>> all = new ArrayList<>(keyFiles());
        all.addAll(systemFiles());
        all.addAll(toolFiles());
        return all;
    }

    private static List<Function<SampleGen, RuleSample>> keyFiles() {
        return List.of(
                g -> raw("kerberos-keytab-file", "/etc/krb5.keytab", "\u0005\u0002" + g.alnum(120), 0, ""),
                g -> raw("keepass-database-file", "/root/vault.kdbx", "\u0003\u00d9\u00a2\u009a" + g.alnum(200), 0, ""),
                g -> raw("tor-onion-service-key-file", "/var/lib/tor/hidden_service/hs_ed25519_secret_key",
                        "== ed25519v1-secret: type0 ==\u0000\u0000\u0000" + g.alnum(64), 0, ""),
                g -> raw("vnc-password-file", "/root/.vnc/passwd", g.alnum(8), 0, ""),
                g -> raw("ldap-secret-file", "/etc/ldap.secret", g.alnum(20) + "\n", 0, ""),
                g -> raw("openvpn-static-key", "/etc/openvpn/ta.key", "#\n# 2048 bit OpenVPN static key\n#\n"
                        + "-----BEGIN OpenVPN Static key V1-----\n" + hexLines(g, 16)
                        + "-----END OpenVPN Static key V1-----\n", 4, ""),
                g -> file("wireguard-private-key", "/etc/wireguard/wg0.conf", 3, "[Interface]\nAddress = 10.0.0.1/24\n"
                        + "PrivateKey = ", g.base64Bytes(32), "\nListenPort = 51820\n"),
                g -> file("wireguard-preshared-key", "/etc/wireguard/wg0.conf", 3, "[Peer]\nPublicKey = "
                        + g.base64Bytes(32) + "\nPresharedKey = ", g.base64Bytes(32), "\nAllowedIPs = 10.0.0.2/32\n"),
                g -> token("bip32-extended-private-key", "WALLET_XPRV", xprv(g)));
    }

    private static List<Function<SampleGen, RuleSample>> systemFiles() {
        return List.of(
                g -> file("wifi-passphrase", "/etc/wpa_supplicant/wpa_supplicant.conf", 3, "network={\n\tssid=\"office\"\n"
                        + "\tpsk=\"", g.alnum(16), "\"\n}\n"),
                g -> file("ipsec-pre-shared-key", "/etc/ipsec.secrets", 2, "# ipsec.secrets\n: PSK \"", g.alnum(24),
                        "\"\n"),
                g -> file("ppp-secret", "/etc/ppp/chap-secrets", 2, "# client server secret IP addresses\nvpnuser * ",
                        g.alnum(16), " *\n"),
                g -> file("postfix-sasl-password", "/etc/postfix/sasl_passwd", 1, "[smtp.mailgun.org]:587 "
                        + "postmaster@mg.shop.io:", g.alnum(20), "\n"),
                g -> file("exim-client-password", "/etc/exim4/passwd.client", 2, "# host:user:password\n"
                        + "*.smtp.mailrelay.net:relay:", g.alnum(18), "\n"),
                g -> file("msmtp-password", "/root/.msmtprc", 4, "account default\nhost smtp.corp.io\nuser ci\npassword ",
                        g.alnum(18), "\n"),
                g -> file("fetchmail-password", "/root/.fetchmailrc", 1, "poll imap.corp.io protocol IMAP user \"ci\" "
                        + "password \"", g.alnum(16), "\"\n"),
                g -> file("mutt-password", "/root/.muttrc", 2, "set imap_user = \"ci@corp.io\"\nset imap_pass = \"",
                        g.alnum(16), "\"\n"));
    }

    private static List<Function<SampleGen, RuleSample>> toolFiles() {
        return List.of(
                g -> Embedded.value("sidekiq-credentials", "BUNDLE_ENTERPRISE__CONTRIBSYS__COM", g.hex(8) + ":", g.hex(8),
                        ""),
                g -> file("sidekiq-credentials", "/app/Gemfile", 2, "source \"https://rubygems.org\"\nsource \"https://"
                        + g.hex(8) + ":", g.hex(8), "@enterprise.contribsys.com/\" do\n  gem \"sidekiq-ent\"\nend\n"),
                g -> Embedded.value("bundler-credentials", "BUNDLE_GEMS__GEMFURY__IO", "ci:", g.alnum(20), ""),
                g -> file("nuget-config-password", "/root/.nuget/NuGet/NuGet.Config", 5, "<configuration>\n"
                        + "  <packageSourceCredentials>\n    <corp>\n      <add key=\"Username\" value=\"ci\" />\n"
                        + "      <add key=\"ClearTextPassword\" value=\"", g.alnum(20), "\" />\n    </corp>\n"
                        + "  </packageSourceCredentials>\n</configuration>\n"),
                g -> file("yarnrc-auth", "/app/.yarnrc.yml", 2, "npmRegistryServer: \"https://npm.corp.io\"\n"
                        + "npmAuthToken: ", g.alnum(36), "\n"),
                g -> file("maven-master-password", "/root/.m2/settings-security.xml", 2, "<settingsSecurity>\n"
                        + "  <master>", "{" + g.base64Bytes(32) + "}", "</master>\n</settingsSecurity>\n"),
                g -> file("rclone-config-password", "/root/.config/rclone/rclone.conf", 5, "[backup]\ntype = sftp\n"
                        + "host = files.corp.io\nuser = ci\npass = ", g.urlsafe(40), "\n"),
                g -> file("filezilla-saved-password", "/root/.config/filezilla/sitemanager.xml", 3, "<Server>\n"
                        + "  <Host>ftp.corp.io</Host>\n  <Pass encoding=\"base64\">", b64(g.alnum(14)),
                        "</Pass>\n</Server>\n"),
                g -> file("ngrok-authtoken", "/root/.config/ngrok/ngrok.yml", 2, "version: \"2\"\nauthtoken: ",
                        g.alnum(27) + "_" + g.digits(1) + g.alnum(20), "\n"));
    }

    static List<Function<SampleGen, RuleSample>> nearMisses() {
        return List.of(
                g -> raw("kerberos-keytab-file", "/etc/krb5.keytab.sample", "[libdefaults]\n", 0, ""),
                g -> raw("keepass-database-file", "/root/vault.kdbx.lock", "lock\n", 0, ""),
                g -> raw("tor-onion-service-key-file", "/var/lib/tor/hidden_service/hostname", "abc.onion\n", 0, ""),
                g -> raw("vnc-password-file", "/root/.vnc/config", "geometry=1280x800\n", 0, ""),
                g -> raw("ldap-secret-file", "/etc/ldap.conf", "base dc=corp,dc=io\n", 0, ""),
                g -> raw("openvpn-static-key", "/etc/openvpn/ta.key", "-----BEGIN OpenVPN Static key V1-----\n"
                        + "-----END OpenVPN Static key V1-----\n", 1, ""),
                g -> raw("wireguard-private-key", "/etc/wireguard/wg0.conf", "[Peer]\nPublicKey = " + g.base64Bytes(32)
                        + "\n", 2, ""),
                g -> raw("wireguard-preshared-key", "/etc/wireguard/wg0.conf", "[Peer]\nPresharedKey = " + g.alnum(40)
                        + "\n", 2, ""),
                g -> miss("bip32-extended-private-key", "xpub" + xprv(g).substring(4)),
                g -> raw("wifi-passphrase", "/etc/wpa_supplicant/wpa_supplicant.conf", "network={\n\tpsk=\"short\"\n}\n",
                        2, ""),
                g -> raw("ipsec-pre-shared-key", "/etc/ipsec.secrets", ": RSA server.key\n", 1, ""),
                g -> raw("ppp-secret", "/etc/ppp/chap-secrets", "vpnuser * \"\" *\n", 1, ""),
                g -> raw("postfix-sasl-password", "/etc/postfix/sasl_passwd", "[smtp.mailgun.org]:587 postmaster\n", 1,
                        ""),
                g -> raw("exim-client-password", "/etc/exim4/passwd.client", "# *.smtp.mailrelay.net:relay:secret\n", 1,
                        ""),
                g -> raw("msmtp-password", "/root/.msmtprc", "passwordeval gpg -q -d /root/.msmtp.gpg\n", 1, ""),
                g -> raw("fetchmail-password", "/root/.fetchmailrc", "poll imap.corp.io protocol IMAP user \"ci\"\n", 1,
                        ""),
                g -> raw("mutt-password", "/root/.muttrc", "set imap_pass = `pass show mail/imap`\n", 1, ""),
                g -> miss("sidekiq-credentials", "https://user:" + g.alnum(12) + "@gems.contribsys.com/"),
                g -> miss("bundler-credentials", "BUNDLE_PATH=vendor/bundle"),
                g -> raw("nuget-config-password", "/root/.nuget/NuGet/NuGet.Config", "<add key=\"Password\" value=\"AQAAANC"
                        + g.alnum(40) + "\" />\n", 1, ""),
                g -> raw("yarnrc-auth", "/app/.yarnrc.yml", "npmAuthToken: \"${NPM_TOKEN}\"\n", 1, ""),
                g -> raw("maven-master-password", "/root/.m2/settings-security.xml", "<master>${env.MVN_MASTER}</master>\n",
                        1, ""),
                g -> raw("rclone-config-password", "/root/.config/rclone/rclone.conf", "pass = short\n", 1, ""),
                g -> raw("filezilla-saved-password", "/root/.config/filezilla/sitemanager.xml", "<Pass encoding=\"crypt\" "
                        + "pubkey=\"" + g.alnum(40) + "\">" + g.alnum(40) + "</Pass>\n", 1, ""),
                g -> raw("ngrok-authtoken", "/root/.config/ngrok/ngrok.yml", "authtoken: " + g.alnum(48) + "\n", 1, ""));
    }

    private static String hexLines(SampleGen g, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(g.hex(32)).append('\n');
        }
        return b.toString();
    }

    /** A BIP-32 extended private key: version, depth, fingerprint, child number, chain code, 0x00, key, checksum. */
    static String xprv(SampleGen g) {
        byte[] payload = new byte[78];
        byte[] version = {0x04, (byte) 0x88, (byte) 0xAD, (byte) 0xE4};
        System.arraycopy(version, 0, payload, 0, 4);
        System.arraycopy(g.bytes(32), 0, payload, 13, 32);
        System.arraycopy(g.bytes(32), 0, payload, 46, 32);
        return base58(TokenSamples.concat(payload, ExtendedKeys.checksum(payload)));
    }

    static String base58(byte[] data) {
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        java.math.BigInteger value = new java.math.BigInteger(1, data);
        StringBuilder out = new StringBuilder();
        while (value.signum() > 0) {
            java.math.BigInteger[] qr = value.divideAndRemainder(java.math.BigInteger.valueOf(58));
            out.append(alphabet.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }
}
