package io.jenkins.plugins.bakedsecrets.core.image.registry;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/** Builds the TLS context of a client: the system trust store plus a certs.d directory, or no verification at all. */
final class TlsContexts {
    private TlsContexts() {
    }

    static SSLContext create(Optional<Path> certDir, boolean verify) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            TrustManager manager = verify ? trusting(certDir) : new TrustAll();
            context.init(null, new TrustManager[] {manager}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new RegistryException("cannot set up TLS with certificates from "
                    + certDir.map(Path::toString).orElse("the system trust store") + ": " + e.getMessage(), e);
        }
    }

    /**
     * A trust manager for the system CAs and every certificate in the {@code *.crt} files of the directory.
     *
     * @throws RegistryException when a {@code *.crt} file is not a regular file or is too large
     */
    private static TrustManager trusting(Optional<Path> certDir) throws GeneralSecurityException, IOException {
        if (certDir.isEmpty()) {
            return systemTrust();
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int index = 0;
        for (X509Certificate ca : systemTrust().getAcceptedIssuers()) {
            store.setCertificateEntry("system-" + index++, ca);
        }
        for (Certificate cert : CertDirectory.certificates(certDir.get())) {
            store.setCertificateEntry("certdir-" + index++, cert);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        return tmf.getTrustManagers()[0];
    }

    private static X509TrustManager systemTrust() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        for (TrustManager manager : tmf.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager in the system trust store");
    }

    /** Accepts any server certificate and host name: only for {@code tlsVerify=false}. */
    private static final class TrustAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // Clients are not authenticated by this context.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // Verification disabled on request.
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // Clients are not authenticated by this context.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            // Verification disabled on request.
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // Clients are not authenticated by this context.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            // Verification disabled on request.
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
