package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.image.DigestMismatchException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifyingInputStreamTest {
    private final byte[] content = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldPassContentThroughWhenDigestMatches() throws Exception {
        try (InputStream in = VerifyingInputStream.verifying(new ByteArrayInputStream(content),
                TestImages.digest(content), "blob")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void shouldHashSkippedBytesWhenCallerSkips() throws Exception {
        try (InputStream in = VerifyingInputStream.verifying(new ByteArrayInputStream(content),
                TestImages.digest(content), "blob")) {
            assertThat(in.skip(5)).isEqualTo(5);
            assertThat(in.readAllBytes()).hasSize(content.length - 5);
        }
    }

    @Test
    void shouldVerifySha512WhenDigestUsesIt() throws Exception {
        String sha512 = VerifyingInputStream.digestOf(content, "sha512:");
        try (InputStream in = VerifyingInputStream.verifying(new ByteArrayInputStream(content), sha512, "blob")) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(sha512).startsWith("sha512:").hasSize(7 + 128);
    }

    @Test
    void shouldThrowAtEndOfStreamWhenContentDiffers() {
        String expected = TestImages.digest("other".getBytes(StandardCharsets.UTF_8));
        InputStream in = VerifyingInputStream.verifying(new ByteArrayInputStream(content), expected, "config");

        assertThatThrownBy(in::readAllBytes)
                .isInstanceOf(DigestMismatchException.class)
                .hasMessage("digest mismatch for config: expected " + expected + " but content has "
                        + TestImages.digest(content));
    }

    @Test
    void shouldRejectDigestWhenAlgorithmIsUnknown() {
        assertThatThrownBy(() -> VerifyingInputStream.verifying(InputStream.nullInputStream(), "md5:abc", "blob"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unsupported digest 'md5:abc'");
    }
}
