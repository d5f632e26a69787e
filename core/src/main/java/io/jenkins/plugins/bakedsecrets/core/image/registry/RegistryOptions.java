package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.image.Platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link RegistryClient} connects and authenticates. Explicit credentials win over the auth file.
 * {@code tlsVerify=false} accepts any certificate and falls back to plain HTTP; it is meant for registries on the
 * loopback interface or a trusted lab network, never for the internet.
 *
 * @param credentials explicit credentials, as given by {@code --creds}
 * @param authFile a Docker {@code config.json} or containers {@code auth.json}
 * @param certDir directory of extra PEM CA certificates ({@code *.crt}, regular files of at most 1 MiB each), as in
 *     containers' {@code certs.d}
 * @param tlsVerify whether to verify certificates and require HTTPS
 * @param platform the platform the integrator selects from an index; the client itself always returns the root
 * @param allPlatforms whether the integrator scans every platform of an index
 * @param timeouts idle timeout, deadline per request and cap on {@code Retry-After}
 * @param maxAttempts attempts per request for 429, 5xx and transient network errors
 * @param retryBackoff first backoff delay, doubled on each attempt, when the registry gives no {@code Retry-After}
 * @param parallelism how many blobs the integrator downloads at once
 * @param maxManifestBytes largest manifest or index accepted
 */
public record RegistryOptions(Optional<Credentials> credentials, Optional<Path> authFile, Optional<Path> certDir,
                              boolean tlsVerify, Optional<Platform> platform, boolean allPlatforms,
                              RegistryTimeouts timeouts, int maxAttempts,
                              Duration retryBackoff, int parallelism, long maxManifestBytes) {
    /** Default largest manifest: 4 MiB, as the distribution spec recommends registries accept. */
    public static final long DEFAULT_MAX_MANIFEST_BYTES = 4L * 1024 * 1024;

    /** Validates components. */
    public RegistryOptions {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(authFile, "authFile");
        Objects.requireNonNull(certDir, "certDir");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(timeouts, "timeouts");
        if (Objects.requireNonNull(retryBackoff, "retryBackoff").isNegative()) {
            throw new IllegalArgumentException("retryBackoff must not be negative");
        }
        if (maxAttempts < 1 || parallelism < 1 || maxManifestBytes < 1) {
            throw new IllegalArgumentException("maxAttempts, parallelism and maxManifestBytes must be positive");
        }
    }

    /** Options for an anonymous client with verified TLS and default limits. */
    public static RegistryOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder of {@link RegistryOptions}; the defaults are its field initialisers. */
    public static final class Builder {
        private Credentials credentials;
        private Path authFile;
        private Path certDir;
        private boolean tlsVerify = true;
        private Platform platform;
        private boolean allPlatforms;
        private RegistryTimeouts timeouts = RegistryTimeouts.DEFAULT;
        private int maxAttempts = 4;
        private Duration retryBackoff = Duration.ofMillis(500);
        private int parallelism = 3;
        private long maxManifestBytes = DEFAULT_MAX_MANIFEST_BYTES;

        private Builder() {
        }

        /** Sets explicit credentials. */
        public Builder credentials(Credentials value) {
            credentials = value;
            return this;
        }

        /** Sets the auth file. */
        public Builder authFile(Path value) {
            authFile = value;
            return this;
        }

        /** Sets the directory of extra CA certificates. */
        public Builder certDir(Path value) {
            certDir = value;
            return this;
        }

        /** Sets whether TLS is verified and HTTPS required. */
        public Builder tlsVerify(boolean value) {
            tlsVerify = value;
            return this;
        }

        /** Sets the platform to select. */
        public Builder platform(Platform value) {
            platform = value;
            return this;
        }

        /** Sets whether all platforms are scanned. */
        public Builder allPlatforms(boolean value) {
            allPlatforms = value;
            return this;
        }

        /** Sets the idle timeout, the deadline per request and the cap on {@code Retry-After}. */
        public Builder timeouts(RegistryTimeouts value) {
            timeouts = value;
            return this;
        }

        /** Sets the attempts per request and the first backoff delay. */
        public Builder retries(int attempts, Duration backoff) {
            maxAttempts = attempts;
            retryBackoff = backoff;
            return this;
        }

        /** Sets the number of parallel blob downloads. */
        public Builder parallelism(int value) {
            parallelism = value;
            return this;
        }

        /** Sets the largest manifest accepted. */
        public Builder maxManifestBytes(long value) {
            maxManifestBytes = value;
            return this;
        }

        /** Builds the options. */
        public RegistryOptions build() {
            return new RegistryOptions(Optional.ofNullable(credentials), Optional.ofNullable(authFile),
                    Optional.ofNullable(certDir), tlsVerify, Optional.ofNullable(platform), allPlatforms,
                    timeouts, maxAttempts, retryBackoff, parallelism, maxManifestBytes);
        }
    }
}
