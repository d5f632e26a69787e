package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CA certificates of a {@code certs.d}-style directory: every {@code *.crt} file in it. The directory may
 * come from a user or a shared agent, so each file must be a regular file (through any symbolic link: a FIFO would
 * block the scan for ever, a device such as {@code /dev/zero} would never end) of at most {@value #MAX_FILE_BYTES}
 * bytes (a bundle of every public CA is about 200 KiB).
 */
final class CertDirectory {
    /** Largest certificate file read: 1 MiB. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private CertDirectory() {
    }

    /**
     * The certificates of every {@code *.crt} file in {@code dir}.
     *
     * @throws RegistryException when a {@code *.crt} file is not a regular file or is too large
     */
    static List<Certificate> certificates(Path dir) throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<Certificate> certificates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.crt")) {
            for (Path file : files) {
                certificates.addAll(factory.generateCertificates(new ByteArrayInputStream(read(file))));
            }
        }
        return certificates;
    }

    private static byte[] read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RegistryException("certificate file " + file + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            // One byte more than allowed: a file that grows while it is read is still caught.
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new RegistryException("certificate file " + file + " is larger than " + MAX_FILE_BYTES
                        + " bytes");
            }
            return bytes;
        }
    }
}
