package io.jenkins.plugins.bakedsecrets.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.image.testing.Compression;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tar whose structure cannot be trusted is refused, not read on a guess: a header whose checksum is wrong, or an
 * entry whose metadata (long name, PAX records) would have to be held in memory beyond a limit.
 */
class CorruptTarTest {
    @TempDir
    Path tmp;

    private static void walk(byte[] tar) throws IOException {
        new LayerWalker(WalkLimits.DEFAULT).walk(new ByteArrayInputStream(tar), new RecordingVisitor());
    }

    @Test
    void shouldRefuseLayerWhenAHeaderChecksumIsWrong() {
        byte[] tar = TestImages.layer().file("etc/a.conf", "a=1").file("etc/b.conf", "b=2").tar();
        // The second header starts after the first header and its one record of data; change its name.
        tar[1024 + 5] ^= 0x01;

        assertThatThrownBy(() -> walk(tar)).isInstanceOf(ImageFormatException.class)
                .hasMessage("layer tar is corrupt: tar header at byte 1024 has a wrong checksum");
    }

    @Test
    void shouldRefuseArchiveWhenAHeaderChecksumIsWrong() throws IOException {
        Path archive = tmp.resolve("app.tar");
        TestImages.dockerArchive().add(TestImages.image().layer(l -> l.file("etc/a.conf", "a=1")), "app:1")
                .writeClassic(archive);
        byte[] bytes = Files.readAllBytes(archive);
        bytes[5] ^= 0x01;
        Files.write(archive, bytes);

        assertThatThrownBy(() -> ImageSources.open(ImageReference.parse("docker-archive:" + archive),
                TargetSelector.ALL)).isInstanceOf(ImageFormatException.class)
                .hasMessage(archive + " is not a readable tar archive: tar header at byte 0 has a wrong checksum");
    }

    @Test
    void shouldRefuseLayerWhenALongNameExceedsTheMetadataLimit() throws IOException {
        // A GNU long-name record as GNU tar writes it, for a name larger than the limit, then the entry it names.
        byte[] name = new byte[LayerTarInputStream.MAX_ENTRY_METADATA + 1];
        Arrays.fill(name, (byte) 'd');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry longName = new TarArchiveEntry("././@LongLink", TarConstants.LF_GNUTYPE_LONGNAME);
            longName.setSize(name.length);
            out.putArchiveEntry(longName);
            out.write(name);
            out.closeArchiveEntry();
            TarArchiveEntry entry = new TarArchiveEntry("x");
            entry.setSize(1);
            out.putArchiveEntry(entry);
            out.write('x');
            out.closeArchiveEntry();
        }
        // Compressed, the name is a few kilobytes: its size in memory would be out of all proportion.
        assertThat(Compression.GZIP.compress(bytes.toByteArray()).length).isLessThan(16 * 1024);

        assertThatThrownBy(() -> walk(bytes.toByteArray())).isInstanceOf(ImageFormatException.class)
                .hasMessage("layer tar is corrupt: an entry's headers, long name, PAX records or sparse map exceed"
                        + " 1024 KiB");
    }

    @Test
    void shouldReadLongNamesAndPaxRecordsWithinTheLimit() throws IOException {
        String name = "d/".repeat(2000) + "x.conf";
        byte[] tar = TestImages.layer().file(name, "k=v").tar();
        RecordingVisitor v = new RecordingVisitor();

        new LayerWalker(WalkLimits.DEFAULT).walk(new ByteArrayInputStream(tar), v);

        assertThat(v.files).containsEntry("/" + name, "k=v");
        assertThat(new String(tar, StandardCharsets.ISO_8859_1)).contains("path=");
    }
}
