package io.jenkins.plugins.bakedsecrets.core.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS context reads the {@code *.crt} files of a cert dir only when they are regular files within the size limit,
 * so a FIFO or device never hangs the scan and a huge file never fills the heap. A regression would block on the
 * FIFO: the timeout turns it into a failure.
 */
class TlsContextsTest {
    private static final Duration QUICKLY = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    /** A CA certificate of the JDK's trust store, as PEM: a real certificate without a tool to make one. */
    private static String systemCaPem() throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        X509Certificate ca = ((X509TrustManager) tmf.getTrustManagers()[0]).getAcceptedIssuers()[0];
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ca.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static void assertRefused(Path dir, String problem) {
        assertThatThrownBy(() -> assertTimeoutPreemptively(QUICKLY, () -> TlsContexts.create(Optional.of(dir), true)))
                .isInstanceOf(RegistryException.class)
                .hasMessage("certificate file " + dir.resolve("ca.crt") + " " + problem);
    }

    private static void mkfifo(Path path) throws Exception {
        boolean onPath = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "mkfifo")));
        assumeTrue(onPath, "mkfifo is not installed");
        assertThat(new ProcessBuilder("mkfifo", path.toString()).start().waitFor()).isZero();
    }

    @Test
    void shouldTrustEveryCrtFileWhenItOrTheTargetOfItsLinkIsARegularFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("certs.d"));
        Path ca = Files.writeString(tmp.resolve("elsewhere.pem"), systemCaPem());
        Files.copy(ca, dir.resolve("a.crt"));
        Files.createSymbolicLink(dir.resolve("b.crt"), ca);
        Files.writeString(dir.resolve("notes.txt"), "not a certificate");

        assertThatCode(() -> TlsContexts.create(Optional.of(dir), true)).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseACrtFileThatIsAFifoOrLeadsToOneWithoutOpeningIt() throws Exception {
        Path fifo = tmp.resolve("ca.fifo");
        mkfifo(fifo);
        Path named = Files.createDirectories(tmp.resolve("named"));
        mkfifo(named.resolve("ca.crt"));
        Path linked = Files.createDirectories(tmp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("ca.crt"), fifo);

        assertRefused(named, "is not a regular file");
        assertRefused(linked, "is not a regular file");
    }

    @Test
    void shouldRefuseACrtFileThatIsADirectoryOrADevice() throws Exception {
        Path directory = Files.createDirectories(tmp.resolve("directory").resolve("ca.crt")).getParent();
        Path device = Files.createDirectories(tmp.resolve("device"));
        Files.createSymbolicLink(device.resolve("ca.crt"), Path.of("/dev/zero"));

        assertRefused(directory, "is not a regular file");
        assertRefused(device, "is not a regular file");
    }

    @Test
    void shouldRefuseACrtFileLargerThanOneMebibyte() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("certs.d"));
        Files.write(dir.resolve("ca.crt"), new byte[1024 * 1024 + 1]);

        assertRefused(dir, "is larger than 1048576 bytes");
    }
}
