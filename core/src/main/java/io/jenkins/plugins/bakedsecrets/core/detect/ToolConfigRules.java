package io.jenkins.plugins.bakedsecrets.core.detect;

import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.LOGIN;
import static io.jenkins.plugins.bakedsecrets.core.detect.RuleShapes.TOKEN;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.HIGH;
import static io.jenkins.plugins.bakedsecrets.core.finding.Severity.MEDIUM;

import java.util.List;

/**
 * Built-in rules for credentials in developer-tool configuration: package managers (NuGet, Bundler, Yarn), Maven's
 * master password, transfer tools that store passwords reversibly (rclone, FileZilla) and the ngrok agent.
 */
final class ToolConfigRules {
    private static final String REVERSIBLE = "Stored obfuscated with a fixed, published key: reversible to the "
            + "password.";

    private ToolConfigRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.builder("sidekiq-credentials", "Sidekiq Pro / Enterprise gem server credentials", HIGH)
                        .reason("Downloads the licensed Sidekiq gems; the license is tied to the owner.")
                        .keywords("contribsys")
                        // The Bundler setting (user:password, both hex) or the gem source URL that embeds it.
                        .regex("(?i:BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM)[\"']?\\s*[:=]\\s*[\"']?[a-f0-9]{8}:"
                                + "([a-f0-9]{8})\\b"
                                + "|https?://[a-f0-9]{8}:([a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com")
                        .build(),
                Rule.builder("bundler-credentials", "Bundler gem server credentials (BUNDLE_<HOST>)", MEDIUM)
                        .reason(LOGIN).keywords("bundle_")
                        // Bundler keeps a host's credentials under its name, dots as "__": BUNDLE_GEMS__EXAMPLE__COM.
                        .regex("\\bBUNDLE_[A-Z0-9_]*[A-Z0-9]__[A-Z]{2,}[\"']?\\s*[:=]\\s*[\"']?"
                                + "[^:\\s\"'/]+:([^\\s\"'@]+)")
                        .allowSecret(CredentialRules.WEAK_WORDS).build(),
                Rule.builder("nuget-config-password", "Clear-text password in a NuGet configuration", HIGH)
                        .reason(LOGIN + " Package feeds accept uploads as well.").keywords("cleartextpassword")
                        .regex("(?i)<add\\s+key=\"ClearTextPassword\"\\s+value=\"([^\"]{1,256})\"").build(),
                Rule.builder("yarnrc-auth", "npm registry credential in .yarnrc.yml", HIGH).reason(LOGIN)
                        .keywords("npmauthtoken", "npmauthident")
                        .regex("^\\s*npmAuth(?:Token|Ident)\\s*:\\s*[\"']?([^\\s\"']{8,})").build(),
                Rule.builder("maven-master-password", "Maven master password (settings-security.xml)", HIGH)
                        .reason("Encrypted with a fixed, published passphrase; it decrypts every password in "
                                + "settings.xml.").keywords("<master>")
                        .regex("<master>(\\{[A-Za-z0-9+/]{20,}={0,2}\\})</master>").build(),
                Rule.builder("rclone-config-password", "Password in an rclone configuration", HIGH).reason(REVERSIBLE)
                        .path("(?:^|/)rclone\\.conf$")
                        .regex("^\\s*pass(?:word2?)?\\s*=\\s*([A-Za-z0-9_-]{16,})\\s*$").build(),
                Rule.builder("filezilla-saved-password", "FileZilla saved password", HIGH)
                        .reason("An FTP or SFTP login, stored base64-encoded: readable by anyone.")
                        .keywords("<pass encoding=\"base64\">")
                        .regex("<Pass encoding=\"base64\">([A-Za-z0-9+/]{4,}={0,2})</Pass>").build(),
                Rule.builder("ngrok-authtoken", "ngrok agent authtoken", HIGH)
                        .reason(TOKEN + " Opens tunnels that expose internal services under the account.")
                        .keywords("authtoken")
                        .regex("(?:^\\s*authtoken:\\s*[\"']?|\\bngrok\\s+(?:config\\s+add-)?authtoken\\s+)"
                                + "([A-Za-z0-9]{25,30}_[0-9][A-Za-z0-9]{20})\\b").build());
    }
}
