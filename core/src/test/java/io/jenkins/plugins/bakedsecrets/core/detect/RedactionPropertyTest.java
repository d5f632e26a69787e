package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Arbitrary bytes never break the detector, and no report shows five characters of a planted value in a row. */
class RedactionPropertyTest {
    private static final String PLANTED = TestSecrets.githubToken();
    private static final SecretDetector DETECTOR = SecretDetector.builtIn(KnownSecrets.of(List.of(PLANTED)));

    @Provide
    Arbitrary<byte[]> noise() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    }

    @Property(tries = 300)
    void shouldNeverThrowOrLeakWhenBytesArbitrary(@ForAll("noise") byte[] before, @ForAll("noise") byte[] after,
                                                  @ForAll boolean plant) throws IOException {
        byte[] middle = plant ? ("\npassword=" + PLANTED + "\n").getBytes(StandardCharsets.US_ASCII) : new byte[0];
        byte[] all = new byte[before.length + middle.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(middle, 0, all, before.length, middle.length);
        System.arraycopy(after, 0, all, before.length + middle.length, after.length);
        List<DetectedSecret> found = new ArrayList<>();

        DETECTOR.scanFile(Detections.fileLocation("/any"), new ByteArrayInputStream(all), found::add);
        DETECTOR.scanText(Detections.fileLocation("/t"), new String(all, StandardCharsets.ISO_8859_1), found::add);

        if (plant) {
            assertThat(found).extracting(DetectedSecret::ruleId).contains("known-secret");
        }
        for (DetectedSecret d : found) {
            for (int i = 0; i + 5 <= PLANTED.length(); i++) {
                assertThat(d.redacted().contains(PLANTED.substring(i, i + 5))).as("preview leaks").isFalse();
                assertThat(d.title().contains(PLANTED.substring(i, i + 5))).as("title leaks").isFalse();
            }
        }
    }

    @Property(tries = 200)
    void shouldNeverThrowWhenTextArbitrary(@ForAll String key, @ForAll String value) {
        List<DetectedSecret> found = new ArrayList<>();

        DETECTOR.scanKeyValue(Detections.fileLocation("/k"), key, value, found::add);
        DETECTOR.scanCiVariable(Detections.fileLocation("/c"), key, value, found::add);

        assertThat(found).allSatisfy(d -> assertThat(d.redacted()).isNotNull());
    }
}
