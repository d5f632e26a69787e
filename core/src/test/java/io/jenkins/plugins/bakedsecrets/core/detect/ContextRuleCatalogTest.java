package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the context-keyed table, generated from the row itself: a fresh value of its shape is found when its
 * name is written in each syntax that names a value (log field, nested YAML, minified JSON, command-line flag, INI
 * section, .NET appSettings, Kubernetes name/value pair), at the value's line; and it is not found without the
 * service's name, under a name that only describes it, with one character too many, or as a typed placeholder.
 */
class ContextRuleCatalogTest {
    private static final SampleGen FRESH = new SampleGen(new SecureRandom());

    static Stream<ContextService> rows() {
        return ContextServices.all().stream();
    }

    /** A row and one way of writing its value: file path, content, line of the value. */
    static Stream<Arguments> placements() {
        return rows().flatMap(s -> {
            String v = ContextSamples.value(s, FRESH);
            String svc = ContextSamples.identifier(s.names().get(0));
            String key = key(s);
            String flag = "--" + svc.replace('_', '-') + "-" + key.replace('_', '-');
            return Stream.of(
                    Arguments.of(s, v, "/var/log/app/app.log", "[INFO] start\n[DEBUG] using " + svc + " "
                            + key.toUpperCase(Locale.ROOT) + "=" + v + "\n", 2),
                    Arguments.of(s, v, "/app/config/app.yaml", "# settings\n" + svc + ":\n  url: https://x\n  " + key
                            + ": \"" + v + "\"\nother: 1\n", 4),
                    Arguments.of(s, v, "/app/settings.json", "{\"" + svc + "\": {\"" + key + "\": \"" + v + "\"}}\n",
                            1),
                    Arguments.of(s, v, "/app/run.sh", "#!/bin/sh\nexec tool " + flag + " " + v + " serve\n", 2),
                    Arguments.of(s, v, "/etc/app/app.ini", "[server]\nport = 80\n[" + svc + "]\n" + key + " = " + v
                            + "\n", 4),
                    Arguments.of(s, v, "/app/web.config", "<appSettings>\n  <add key=\"" + svc + ":" + key
                            + "\" value=\"" + v + "\"/>\n</appSettings>\n", 2),
                    Arguments.of(s, v, "/deploy/app.yaml", "env:\n- name: " + ContextSamples.name(s) + "\n  value: \""
                            + v + "\"\n", 3));
        });
    }

    @ParameterizedTest(name = "{0} in {2}")
    @MethodSource("placements")
    void shouldFindValueWhenItsNameNamesServiceAndCredential(ContextService s, String value, String path,
                                                            String content, int line) {
        List<DetectedSecret> found = Detections.inFile(path, content);

        assertThat(found).filteredOn(d -> d.ruleId().equals(s.id())).as("%s in %s", s.id(), path).singleElement()
                .satisfies(d -> {
                    assertThat(d.location().line()).hasValue(line);
                    assertThat(d.digest()).isEqualTo(SecretDigest.of(value));
                    assertThat(d.severity()).isEqualTo(s.severity());
                    assertThat(d.redacted()).doesNotContain(value.substring(value.length() - 6));
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void shouldIgnoreValueWhenNameLacksServiceOrCredential(ContextService s) {
        String v = ContextSamples.value(s, FRESH);
        String name = ContextSamples.name(s);

        assertThat(ids("API_" + key(s).toUpperCase(Locale.ROOT) + "=" + v)).as("no service").doesNotContain(s.id());
        assertThat(ids(name + "_ID=" + v)).as("a name describing the credential").doesNotContain(s.id());
        assertThat(ids(ContextSamples.identifier(s.names().get(0)).toUpperCase(Locale.ROOT) + "_REGION=" + v))
                .as("no credential word").doesNotContain(s.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void shouldIgnoreValueWhenShapeOrContentIsWrong(ContextService s) {
        String name = ContextSamples.name(s);

        assertThat(ids(name + "=" + ContextSamples.longer(s, FRESH))).as("one character too many").doesNotContain(s.id());
        assertThat(ids(name + "=" + typed(s))).as("a typed sequence").doesNotContain(s.id());
    }

    private static List<String> ids(String line) {
        return Detections.ruleIds(Detections.inFile("/app/.env", "# settings\n" + line + "\n"));
    }

    /** The credential part of the row's sample name, lower case: {@code key}, {@code secret}, {@code admin_key}. */
    static String key(ContextService s) {
        String name = ContextSamples.name(s).toLowerCase(Locale.ROOT);
        return name.substring(ContextSamples.identifier(s.names().get(0)).length() + 1);
    }

    /** A value of the shape made of its alphabets in order: someone typed it. */
    private static String typed(ContextService s) {
        StringBuilder b = new StringBuilder();
        for (ValueShape.Part p : s.shape().parts()) {
            if (!p.literals().isEmpty()) {
                b.append(p.literals().get(0));
            } else {
                String chars = p.alphabet().chars();
                for (int i = 0; i < p.max(); i++) {
                    b.append(chars.charAt(i % chars.length()));
                }
            }
        }
        return b.toString();
    }
}
