package io.jenkins.plugins.bakedsecrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules for the plugin's Jelly views that JenkinsRule cannot see: it runs the plugin from the test class path, in one
 * class loader with core, where a real Jenkins gives each plugin its own.
 */
class JellyViewsTest {
    /** {@code <st:include class="…"/>} loads the class through core's loader: a plugin class is not found there. */
    private static final Pattern INCLUDE_BY_CLASS = Pattern.compile("<st:include\\b[^>]*\\bclass=");
    /** Inline scripts, event handlers and style attributes break a strict Content-Security-Policy. */
    private static final Pattern INLINE_CODE = Pattern.compile(
            "<script\\b|\\son[a-z]+\\s*=|\\sstyle\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

    /** In {@code ${%text}}, parentheses pass arguments: "Size (MiB)" shows as "Size" and loses its unit. */
    private static final Pattern PARENTHESES_IN_LOCALIZED_TEXT = Pattern.compile("\\$\\{%[^}(]*\\(");

    @Test
    void shouldKeepLocalizedTextFreeOfParentheses() throws IOException, URISyntaxException {
        assertNoViewMatches(PARENTHESES_IN_LOCALIZED_TEXT,
                "%s has parentheses in ${%%...} text, which Jelly reads as arguments");
    }

    @Test
    void shouldNotIncludeViewsOfPluginClassesByClassName() throws IOException, URISyntaxException {
        assertNoViewMatches(INCLUDE_BY_CLASS, "%s includes a view by class name; share it as a tag in /tags instead");
    }

    @Test
    void shouldKeepScriptsAndStylesOutOfTheMarkup() throws IOException, URISyntaxException {
        assertNoViewMatches(INLINE_CODE, "%s has an inline script, event handler or style; use an adjunct");
    }

    /** No view of the plugin contains {@code pattern}; {@code message} names the view by {@code %s}. */
    private static void assertNoViewMatches(Pattern pattern, String message) throws IOException, URISyntaxException {
        assertThat(views()).isNotEmpty().allSatisfy(view ->
                assertThat(pattern.matcher(Files.readString(view, StandardCharsets.UTF_8)).find())
                        .as(message, view)
                        .isFalse());
    }

    private static List<Path> views() throws IOException, URISyntaxException {
        // Found through a file only the main resources have: the test classes share the package directory.
        Path root = Path.of(JellyViewsTest.class.getResource("/io/jenkins/plugins/bakedsecrets/tags/taglib").toURI())
                .getParent().getParent();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".jelly")).toList();
        }
    }
}
