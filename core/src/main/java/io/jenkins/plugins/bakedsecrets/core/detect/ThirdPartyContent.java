package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Pattern;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.Optional;
import java.util.Set;

/**
 * Content that third parties published with their packages: test data and documentation inside libraries, and key
 * material shipped in a package (self-test keys compiled into a library, development keystores, a tool's bundled CA).
 * Such findings are kept, never dropped, but at low severity and with a title that says where they are: anyone who
 * installs the same package has the same bytes, so they are no secret of the image's owner.
 *
 * <p>The package rule covers key material only. A cloud or SaaS token inside a package is someone's real credential
 * that leaked into a release, so it keeps its severity. The trade-off is documented in docs/detection-quality.md:
 * a first-party key that an image installs as a package (a private npm package, say) is reported low as well.
 */
final class ThirdPartyContent {
    static final String TEST_DATA = " in third-party test data";
    static final String DOCUMENTATION = " in third-party documentation";
    static final String PACKAGE = " shipped in a third-party package";
    private static final Pattern TEST_PATHS = Pattern.compile(
            "/(?:test|tests|testdata|fixtures)/|(?:site|dist)-packages/.*/tests?/|node_modules/.*/(?:test|tests|__tests__)/"
                    // Test modules that packages ship at their top level, beside the code.
                    + "|(?:node_modules|(?:site|dist)-packages)/.*/(?:test\\.js|[^/]+\\.(?:test|spec)\\.js|test_[^/]+\\.py"
                    + "|[^/]+_test\\.py)$");
    private static final Pattern DOC_PATHS = Pattern.compile("(?i)/(?:node_modules|site-packages|dist-packages)/.*(?:\\."
            + "(?:md|markdown|rst|txt|html?)$|/(?:docs?|examples?)/|[/.]examples?(?:-[0-9]+)?\\.json$"
            // Package metadata embeds the project's README (PKG-INFO, METADATA).
            + "|\\.(?:dist|egg)-info/(?:METADATA|PKG-INFO)$)"
            // What the distribution installs as documentation: manuals, changelogs, translations of messages.
            + "|^/usr/share/(?:doc|man|info|help|locale|gtk-doc)/");
    private static final Pattern PACKAGE_PATHS = Pattern.compile(
            "/(?:node_modules|site-packages|dist-packages)/[^/]+/"
                    // Dependency caches: every jar there was downloaded from a public repository.
                    + "|/\\.m2/repository/|^/usr/share/(?:java|maven-repo)/|/\\.gradle/caches/|/gems/[^/]+/"
                    // Shared libraries installed by the system's package manager.
                    + "|^/(?:usr/)?lib(?:64|32)?/[^!]*\\.so(?:\\.[0-9]+)*$");
    /** Rules whose finding is key material (a private key or a keystore), the only kind the package rule lowers. */
    private static final Set<String> KEY_MATERIAL = Set.of("private-key-rsa", "private-key-ec", "private-key-dsa",
            "private-key-openssh", "private-key-pkcs8", "private-key-encrypted", "private-key-pgp",
            "ssh-private-key-file", "putty-private-key-file", "keystore-file", "kerberos-keytab-file",
            "keepass-database-file", "tor-onion-service-key-file", "openvpn-static-key", "wireguard-private-key",
            "wireguard-preshared-key", "bip32-extended-private-key");

    private ThirdPartyContent() {
    }

    /** The title suffix for findings of every rule at this path, when it is vendored test data or documentation. */
    static Optional<String> suffix(Optional<String> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (TEST_PATHS.matcher(path.get()).find()) {
            return Optional.of(TEST_DATA);
        }
        if (DOC_PATHS.matcher(path.get()).find()) {
            return Optional.of(DOCUMENTATION);
        }
        return PACKAGE_PATHS.matcher(path.get()).find() ? Optional.of(PACKAGE) : Optional.empty();
    }

    /** True when the rule's findings are key material, the kind a package's own files may publish. */
    static boolean isKeyMaterial(String ruleId) {
        return KEY_MATERIAL.contains(ruleId);
    }

    /** The detection at low severity (or lower, when it already was) with the title suffix, where it applies. */
    static DetectedSecret mark(DetectedSecret d, String suffix) {
        if (suffix.equals(PACKAGE) && !isKeyMaterial(d.ruleId())) {
            return d;
        }
        Severity severity = d.severity().ordinal() < Severity.LOW.ordinal() ? Severity.LOW : d.severity();
        return d.withTitle(d.title() + suffix, severity);
    }
}
