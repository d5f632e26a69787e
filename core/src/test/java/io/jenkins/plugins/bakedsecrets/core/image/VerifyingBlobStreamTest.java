package io.jenkins.plugins.bakedsecrets.core.image;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A layer blob whose compressed stream ends early is named and called truncated, whatever part of it is left. */
class VerifyingBlobStreamTest {
    @TempDir
    Path dir;

    private InputStream layer(byte[] blob) throws Exception {
        Path file = Files.write(dir.resolve("blob"), blob);
        VerifyingBlobStream.Expectation expected = new VerifyingBlobStream.Expectation("layer 0 (" + digest(blob)
                + ")", digest(blob), blob.length, true, Optional.empty(), true);
        // A file channel, as layouts and archives use: reading it after close fails, which once hid the cause.
        return VerifyingBlobStream.open(Files.newInputStream(file), expected);
    }

    private static String digest(byte[] blob) {
        return Digests.sha256(blob);
    }

    @Test
    void shouldNameTheLayerAndSayTruncatedWhenOnlyTheGzipMagicIsThere() {
        byte[] magic = {(byte) 0x1f, (byte) 0x8b};

        assertThatThrownBy(() -> layer(magic).readAllBytes()).isInstanceOf(ImageFormatException.class)
                .hasMessage("layer 0 (" + digest(magic) + ") is truncated: its compressed data ends early");
    }

    @Test
    void shouldSayTruncatedWhenTheGzipStreamStopsHalfway() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] data = new byte[200_000];
            new java.util.Random(7).nextBytes(data);
            gz.write(data);
        }
        byte[] half = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);

        assertThatThrownBy(() -> {
            try (InputStream in = layer(half)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }).isInstanceOf(ImageFormatException.class).hasMessageContaining("layer 0 (sha256:")
                .hasMessageContaining("is truncated");
    }
}
