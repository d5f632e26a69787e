package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Pattern;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.Optional;

/**
 * Vendored test data of third-party packages (test keys shipped inside libraries). Such findings are kept, never
 * dropped, but at low severity and with a title that says where they are.
 */
final class ThirdPartyTestData {
    static final String SUFFIX = " in third-party test data";
    private static final Pattern PATH = Pattern.compile(
            "/(?:test|tests|testdata|fixtures)/|site-packages/.*/tests?/|node_modules/.*/(?:test|tests|__tests__)/");

    private ThirdPartyTestData() {
    }

    static boolean matches(Optional<String> path) {
        return path.isPresent() && PATH.matcher(path.get()).find();
    }

    /** The detection at low severity (or lower, when it already was) with the title suffix. */
    static DetectedSecret mark(DetectedSecret d) {
        Severity severity = d.severity().ordinal() < Severity.LOW.ordinal() ? Severity.LOW : d.severity();
        return new DetectedSecret(d.ruleId(), d.title() + SUFFIX, severity, d.location(), d.digest(), d.redacted(),
                d.validated());
    }
}
