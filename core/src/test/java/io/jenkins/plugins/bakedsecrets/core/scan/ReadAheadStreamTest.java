package io.jenkins.plugins.bakedsecrets.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading ahead hands over every byte in order, the source's failure where it happened, and stops when closed. */
class ReadAheadStreamTest {
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void shouldDeliverEveryByteInOrderWhatEverTheReadSizes() throws IOException {
        byte[] data = new byte[3 * ReadAheadStream.BUFFERS * ReadAheadStream.BUFFER_BYTES + 12_345];
        new Random(3).nextBytes(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (InputStream in = new ReadAheadStream(new ByteArrayInputStream(data), threads)) {
            out.write(in.read());
            byte[] buffer = new byte[70_001];
            for (int n = in.read(buffer, 0, 7); n >= 0; n = in.read(buffer, 0, 1 + out.size() % buffer.length)) {
                out.write(buffer, 0, n);
            }
            assertThat(in.read()).isEqualTo(-1);
        }

        assertThat(out.toByteArray()).isEqualTo(data);
    }

    @Test
    void shouldThrowTheSourcesFailureAfterTheBytesBeforeIt() throws IOException {
        InputStream failing = new InputStream() {
            private int left = 1000;

            @Override
            public int read() throws IOException {
                if (left == 0) {
                    throw new IOException("digest mismatch at the end");
                }
                left--;
                return 'x';
            }
        };

        try (InputStream in = new ReadAheadStream(failing, threads)) {
            assertThat(in.readNBytes(1000)).hasSize(1000);
            assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("digest mismatch at the end");
        }
    }

    @Test
    void shouldStopReadingAndCloseTheSourceWhenClosedEarly() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'y';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'y');
                return len;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };

        InputStream in = new ReadAheadStream(endless, threads);
        assertThat(in.read()).isEqualTo('y');
        in.close();

        assertThat(closed).isTrue();
    }
}
