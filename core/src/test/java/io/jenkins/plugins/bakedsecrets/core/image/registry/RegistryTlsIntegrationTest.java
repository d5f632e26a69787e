package io.jenkins.plugins.bakedsecrets.core.image.registry;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Pulls from a real docker-registry serving HTTPS with a self-signed certificate made by openssl. */
class RegistryTlsIntegrationTest {
    @TempDir
    static Path dir;
    private static DistributionRegistry registry;
    private static TestImages.Image image;
    private static Path certDir;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(DistributionRegistry.BINARY), "docker-registry is not installed");
        Path cert = dir.resolve("server.pem");
        Path key = dir.resolve("server-key.pem");
        Tools.run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(),
                "-out", cert.toString(), "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1"));
        certDir = Files.createDirectories(dir.resolve("certs.d"));
        Files.copy(cert, certDir.resolve("ca.crt"));
        registry = DistributionRegistry.tls(Files.createDirectories(dir.resolve("registry")), cert, key);
        image = TestImages.single(Files.createDirectories(dir.resolve("layout")), "v1");
        Tools.push(dir.resolve("layout"), "v1", registry.host() + "/team/app:v1", "");
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    private RegistryImageName name() {
        return RegistryImageName.parse(registry.host() + "/team/app:v1");
    }

    @Test
    void shouldTrustRegistryWhenCertDirHoldsItsCertificate() throws Exception {
        try (RegistryClient client = new RegistryClient(RegistryOptions.builder().certDir(certDir).build())) {
            assertThat(client.resolve(name()).root().digest()).isEqualTo(image.manifest().digest());
        }
    }

    @Test
    void shouldRefuseRegistryWhenCertificateIsUnknown() {
        try (RegistryClient client = new RegistryClient(RegistryOptions.defaults())) {
            assertThatThrownBy(() -> client.resolve(name()))
                    .isInstanceOf(RegistryException.class)
                    .hasMessage("registry " + registry.host() + " failed TLS verification: unable to find valid "
                            + "certification path to requested target (add its CA to the cert dir)");
        }
    }

    @Test
    void shouldUseHttpsWithoutVerificationWhenTlsVerifyIsOff() throws Exception {
        try (RegistryClient client = new RegistryClient(RegistryOptions.builder().tlsVerify(false).build())) {
            assertThat(client.resolve(name()).root().digest()).isEqualTo(image.manifest().digest());
        }
    }
}
