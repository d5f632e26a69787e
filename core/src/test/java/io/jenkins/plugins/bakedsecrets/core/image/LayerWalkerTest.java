package io.jenkins.plugins.bakedsecrets.core.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.image.testing.Compression;
import io.jenkins.plugins.bakedsecrets.core.image.testing.LayerBuilder;
import io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages;
import io.jenkins.plugins.bakedsecrets.core.image.testing.ZipBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LayerWalkerTest {
    private static RecordingVisitor walk(LayerBuilder layer, WalkLimits limits) throws IOException {
        RecordingVisitor v = new RecordingVisitor();
        new LayerWalker(limits).walk(new ByteArrayInputStream(layer.tar()), v);
        return v;
    }

    private static RecordingVisitor walk(LayerBuilder layer) throws IOException {
        return walk(layer, WalkLimits.DEFAULT);
    }

    @Test
    void shouldReportEntriesInOrderWhenLayerHasEveryKind() throws IOException {
        RecordingVisitor v = walk(TestImages.layer()
                .dir("/etc")
                .file("/etc/app.conf", "k=v")
                .symlink("/etc/link", "/etc/shadow")
                .hardLink("/etc/copy", "/etc/app.conf")
                .whiteout("/etc/gone")
                .opaque("/var/lib/cache")
                .whiteout("/top"));

        assertThat(v.events).containsExactly("other /etc", "file /etc/app.conf", "other /etc/link",
                "link /etc/copy -> /etc/app.conf", "whiteout /etc/gone", "opaque /var/lib/cache", "whiteout /top");
        assertThat(v.files).containsEntry("/etc/app.conf", "k=v");
    }

    @Test
    void shouldKeepPathsUnderRootWhenNamesTryToTraverse() throws IOException {
        RecordingVisitor v = walk(TestImages.layer()
                .rawFile("../../etc/passwd", "root:x".getBytes(StandardCharsets.UTF_8))
                .rawFile("./a/../../b/./c", "c".getBytes(StandardCharsets.UTF_8))
                .rawFile("/abs//x", "x".getBytes(StandardCharsets.UTF_8)));

        assertThat(v.events).containsExactly("file /etc/passwd", "file /b/c", "file /abs/x");
    }

    @Test
    void shouldReadLongNamesWhenTarUsesPaxHeaders() throws IOException {
        String deep = "/opt/" + "very-long-directory-name/".repeat(10) + "secret.env";

        assertThat(walk(TestImages.layer().file(deep, "A=1")).files).containsEntry(deep, "A=1");
    }

    @Test
    void shouldReportEntriesOfJarInsideWarWhenNested() throws IOException {
        ZipBuilder jar = TestImages.zip().entry("BOOT-INF/x.properties", "db.password=p").entry("a/", "");
        byte[] war = TestImages.zip().entry("WEB-INF/web.xml", "<web/>").nested("WEB-INF/lib/lib.jar", jar).bytes();

        RecordingVisitor v = walk(TestImages.layer().file("/app/app.war", war));

        assertThat(v.events).contains("other /app/app.war");
        assertThat(v.files).containsEntry("/app/app.war!/WEB-INF/web.xml", "<web/>")
                .containsEntry("/app/app.war!/WEB-INF/lib/lib.jar!/BOOT-INF/x.properties", "db.password=p")
                .doesNotContainKey("/app/app.war");
        assertThat(v.gaps).isEmpty();
    }

    @Test
    void shouldReadStoredZipEntriesAndArchivesInsideTarGz() throws IOException {
        byte[] jar = TestImages.zip().stored("s.txt", "stored".getBytes(StandardCharsets.UTF_8)).bytes();
        LayerBuilder inner = TestImages.layer().file("/conf/settings.yml", "token: t").file("/lib/x.jar", jar);
        byte[] tgz = Compression.GZIP.compress(inner.tar());

        RecordingVisitor v = walk(TestImages.layer().file("/srv/bundle.tar.gz", tgz)
                .file("/srv/plain.tar", TestImages.layer().file("/a", "b").tar())
                .file("/srv/notes.txt.gz", Compression.GZIP.compress("hello".getBytes(StandardCharsets.UTF_8))));

        assertThat(v.files).containsEntry("/srv/bundle.tar.gz!/conf/settings.yml", "token: t")
                .containsEntry("/srv/bundle.tar.gz!/lib/x.jar!/s.txt", "stored")
                .containsEntry("/srv/plain.tar!/a", "b")
                .containsEntry("/srv/notes.txt.gz!/notes.txt", "hello");
        assertThat(v.events).contains("other /srv/bundle.tar.gz", "other /srv/plain.tar", "other /srv/notes.txt.gz");
    }

    @Test
    void shouldScanAsPlainFileWhenArchiveNameHasNoArchiveMagic() throws IOException {
        RecordingVisitor v = walk(TestImages.layer().file("/x/fake.jar", "not a zip"));

        assertThat(v.events).containsExactly("file /x/fake.jar");
        assertThat(v.files).containsEntry("/x/fake.jar", "not a zip");
    }

    @Test
    void shouldReportDepthGapWhenArchivesNestBeyondLimit() throws IOException {
        ZipBuilder inner = TestImages.zip().entry("deep.txt", "d");
        byte[] outer = TestImages.zip().entry("top.txt", "t").nested("lib/inner.jar", inner).bytes();
        WalkLimits oneLevel = new WalkLimits(1, 1 << 20, 100, 100);

        RecordingVisitor v = walk(TestImages.layer().file("/o.war", outer), oneLevel);

        assertThat(v.files).containsOnlyKeys("/o.war!/top.txt");
        assertThat(v.gaps).containsExactly("skipped-depth /o.war!/lib/inner.jar");
        RecordingVisitor none = walk(TestImages.layer().file("/o.war", outer), new WalkLimits(0, 1 << 20, 100, 100));
        assertThat(none.events).containsExactly("other /o.war", "gap skipped-depth /o.war");
    }

    @Test
    void shouldReportLimitGapAndContinueWhenZipIsABomb() throws IOException {
        byte[] zeros = new byte[8 * 1024 * 1024];
        byte[] bomb = TestImages.zip().entry("zeros.bin", zeros).entry("after.txt", "a").bytes();

        RecordingVisitor v = walk(TestImages.layer().file("/bomb.zip", bomb).file("/next.txt", "n"),
                new WalkLimits(2, 64L * 1024 * 1024, 100, 50));

        assertThat(v.gaps).containsExactly("skipped-limit /bomb.zip!/zeros.bin");
        assertThat(v.files).containsEntry("/next.txt", "n").doesNotContainKey("/bomb.zip!/after.txt");
    }

    @Test
    void shouldReportSizeGapWhenNestedEntryExceedsLimit() throws IOException {
        byte[] big = new byte[4096];
        Arrays.fill(big, (byte) 'x');
        byte[] zip = TestImages.zip().entry("big.txt", big).entry("small.txt", "s").bytes();
        byte[] gz = Compression.GZIP.compress(big);

        RecordingVisitor v = walk(TestImages.layer().file("/a.zip", zip).file("/b.txt.gz", gz),
                new WalkLimits(2, 1000, 100, 1000));

        assertThat(v.gaps).containsExactly("skipped-size /a.zip!/big.txt", "skipped-size /b.txt.gz!/b.txt");
        assertThat(v.files).containsEntry("/a.zip!/small.txt", "s");
    }

    @Test
    void shouldReportLimitGapWhenArchiveHasTooManyEntries() throws IOException {
        ZipBuilder zip = TestImages.zip();
        for (int i = 0; i < 5; i++) {
            zip.entry("e" + i, "v");
        }

        RecordingVisitor v = walk(TestImages.layer().file("/many.zip", zip.bytes()), new WalkLimits(2, 1000, 3, 100));

        assertThat(v.files).containsOnlyKeys("/many.zip!/e0", "/many.zip!/e1", "/many.zip!/e2");
        assertThat(v.gaps).containsExactly("skipped-limit /many.zip");
    }

    @Test
    void shouldReportEncryptedGapWhenZipEntryIsEncrypted() throws IOException {
        byte[] zip = TestImages.zip().stored("secret.txt", "hidden".getBytes(StandardCharsets.UTF_8))
                .entry("open.txt", "o").encryptedBytes();

        RecordingVisitor v = walk(TestImages.layer().file("/e.zip", zip).file("/after", "a"));

        assertThat(v.gaps).containsExactly("encrypted /e.zip!/secret.txt");
        assertThat(v.files).containsOnlyKeys("/e.zip!/open.txt", "/after");
    }

    @Test
    void shouldReportUnreadableGapAndContinueWhenNestedArchiveIsCorrupt() throws IOException {
        byte[] zip = TestImages.zip().entry("a.txt", "a".repeat(5000)).bytes();
        for (int i = 40; i < 80; i++) {
            zip[i] = (byte) 0xff;
        }
        byte[] badGz = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8};

        RecordingVisitor v = walk(TestImages.layer().file("/c.jar", zip).file("/d.tgz", badGz).file("/e", "e"));

        assertThat(v.gaps).containsExactly("unreadable /c.jar", "unreadable /d.tgz");
        assertThat(v.files).containsEntry("/e", "e");
    }

    @Test
    void shouldThrowFormatErrorWhenLayerTarIsCorrupt() {
        byte[] tar = TestImages.layer().file("/a", "b").tar();
        tar[148] = 'z';
        tar[149] = 'z';

        assertThatThrownBy(() -> new LayerWalker(WalkLimits.DEFAULT).walk(new ByteArrayInputStream(tar),
                new RecordingVisitor())).isInstanceOf(ImageFormatException.class).hasMessageContaining("layer tar");
    }
}
