package io.jenkins.plugins.bakedsecrets.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonReportReaderFuzzTest {
    private static final int CASES = 400;

    @Test
    void shouldGiveReportOrFormatExceptionWhenInputIsCorrupted() throws IOException {
        byte[] valid = JsonReportWriterTest.json(new SampleReports().everyKind());
        Random random = new Random(20_260_101L); // fixed seed: a failure can be replayed
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] input = mutate(valid, random);
            try {
                ScanReport report = new JsonReportReader().read(new ByteArrayInputStream(input));
                assertThat(report.schemaVersion()).isEqualTo(1);
            } catch (ReportFormatException e) {
                rejected++;
                assertThat(e.getMessage()).as("case %d", i).doesNotContain("\n").isNotBlank();
            }
        }
        assertThat(rejected).isGreaterThan(CASES / 2);
    }

    private static byte[] mutate(byte[] valid, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Arrays.copyOf(valid, random.nextInt(valid.length));
            case 1 -> {
                byte[] copy = valid.clone();
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                yield copy;
            }
            default -> {
                byte[] copy = valid.clone();
                int at = random.nextInt(copy.length);
                byte[] junk = {'"', '{', '}', '[', ']', ',', ':', '0', '-', 'n', 't'};
                copy[at] = junk[random.nextInt(junk.length)];
                yield copy;
            }
        };
    }
}
