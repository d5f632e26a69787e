package io.jenkins.plugins.bakedsecrets.core.detect;

import com.google.re2j.Pattern;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import java.util.Optional;

/**
 * Vendored test data and documentation of third-party packages (test keys and examples shipped inside libraries).
 * Such findings are kept, never dropped, but at low severity and with a title that says where they are.
 */
final class ThirdPartyTestData {
    static final String SUFFIX = " in third-party test data";
    static final String DOCS_SUFFIX = " in third-party documentation";
    private static final Pattern TEST_DATA = Pattern.compile(
            "/(?:test|tests|testdata|fixtures)/|site-packages/.*/tests?/|node_modules/.*/(?:test|tests|__tests__)/");
    private static final Pattern DOCS = Pattern.compile("(?i)/(?:node_modules|site-packages|dist-packages)/.*(?:\\."
            + "(?:md|markdown|rst|txt|html?)$|/(?:docs?|examples?)/|\\.examples?\\.json$)");

    private ThirdPartyTestData() {
    }

    /** The title suffix for findings at this path, when it is vendored test data or package documentation. */
    static Optional<String> suffix(Optional<String> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (TEST_DATA.matcher(path.get()).find()) {
            return Optional.of(SUFFIX);
        }
        return DOCS.matcher(path.get()).find() ? Optional.of(DOCS_SUFFIX) : Optional.empty();
    }

    /** The detection at low severity (or lower, when it already was) with the title suffix. */
    static DetectedSecret mark(DetectedSecret d, String suffix) {
        Severity severity = d.severity().ordinal() < Severity.LOW.ordinal() ? Severity.LOW : d.severity();
        return new DetectedSecret(d.ruleId(), d.title() + suffix, severity, d.location(), d.digest(), d.redacted(),
                d.validated());
    }
}
