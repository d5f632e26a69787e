package io.jenkins.plugins.bakedsecrets.core.image.daemon;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkedInputStreamTest {
    private static InputStream chunked(String wire) {
        return new ChunkedInputStream(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void shouldJoinChunksAndSkipExtensionsAndTrailersWhenDecoding() throws Exception {
        InputStream in = chunked("5;name=value\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Trailer: 1\r\n\r\n");

        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("hello 0123456789");
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void shouldFailWhenStreamEndsInsideAChunk() {
        InputStream in = chunked("a\r\nshort");

        assertThatThrownBy(in::readAllBytes).isInstanceOf(EOFException.class)
                .hasMessage("chunked body ended inside a chunk");
    }

    @Test
    void shouldFailWhenChunkSizeIsNotHex() {
        InputStream in = chunked("zz\r\nhello\r\n0\r\n\r\n");

        assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class)
                .hasMessage("invalid chunk size line in chunked body");
    }
}
