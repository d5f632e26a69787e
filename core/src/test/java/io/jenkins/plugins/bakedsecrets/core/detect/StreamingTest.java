package io.jenkins.plugins.bakedsecrets.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.SecretDigest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Long lines, window edges and a 200 MB stream with bounded memory. */
class StreamingTest {
    /** Generates {@code size} bytes of ordinary text lines followed by a tail, without holding them in memory. */
    static final class SyntheticStream extends InputStream {
        private static final byte[] LINE = "INFO 2024-01-01 request served in 12 ms path=/api/v1/items user=42\n"
                .getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private final byte[] tail;
        private long position;

        SyntheticStream(long size, String tail) {
            this.size = size;
            this.tail = tail.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long total = size + tail.length;
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - position);
            for (int i = 0; i < n; i++, position++) {
                b[off + i] = position < size ? LINE[(int) (position % LINE.length)] : tail[(int) (position - size)];
            }
            return n;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-45, -20, -1, 0, 1, 4050, 4076, 4095, 4096, 4097})
    void shouldFindTokenOnceWhenItCrossesWindowEdge(int shift) {
        // The second window owns match starts below 2 * step and ends at 2 * step + OVERLAP: probe both edges.
        String token = TestSecrets.githubToken();
        int step = SecretDetector.WINDOW - SecretDetector.OVERLAP;
        String line = "x".repeat(2 * step + shift - 1) + " " + token + " " + "y".repeat(1000);

        List<DetectedSecret> found = Detections.inFile("/big.min.js", "first\n" + line + "\nlast\n");

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.digest()).isEqualTo(SecretDigest.of(token));
            assertThat(d.location().line()).hasValue(2);
        });
    }

    @Test
    void shouldCountLinesWhenCrlfAndLongLines() {
        String token = TestSecrets.githubToken();
        String text = "a\r\n" + "z".repeat(300_000) + "\r\nb\r\n" + token + "\r\n";

        assertThat(Detections.inFile("/f", text)).singleElement()
                .satisfies(d -> assertThat(d.location().line()).hasValue(4));
    }

    @Test
    void shouldFindTokenAtEndWhenStreamIs200Megabytes() {
        String token = TestSecrets.githubToken();
        long size = 200L * 1024 * 1024;
        // Complete lines, then the tail's newline ends a partial (or empty) line, then the token's line.
        long tokenLine = size / SyntheticStream.LINE.length + 2;

        List<DetectedSecret> found = Detections.inStream(SecretDetector.builtIn(KnownSecrets.none()),
                "/var/log/app.log", new SyntheticStream(size, "\nGH=" + token + "\n"));

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.ruleId()).isEqualTo("github-token");
            assertThat(d.location().line()).hasValue((int) tokenLine);
        });
    }

    @Test
    void shouldFindTokenAfterHugeLineWithoutNewline() {
        String token = TestSecrets.githubToken();

        List<DetectedSecret> found = Detections.inStream(SecretDetector.builtIn(KnownSecrets.none()), "/blob",
                new SyntheticStream(0, "q".repeat(3_000_000) + " " + token));

        assertThat(found).singleElement().satisfies(d -> assertThat(d.location().line()).hasValue(1));
    }
}
