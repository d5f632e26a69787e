package io.jenkins.plugins.bakedsecrets.core.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.bakedsecrets.core.image.BlobStore;
import io.jenkins.plugins.bakedsecrets.core.image.Descriptor;
import io.jenkins.plugins.bakedsecrets.core.image.DigestMismatchException;
import io.jenkins.plugins.bakedsecrets.core.image.UnsupportedMediaTypeException;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread-safe client of the OCI distribution API: resolves an image name to its root manifest or index and opens
 * manifests and blobs as raw streams. Platform selection and digest verification of content belong to the caller.
 */
public final class RegistryClient implements Closeable {
    private final RegistryOptions options;
    private final HttpClient http;
    private final Watchdog watchdog = new Watchdog();
    private final RegistryAuth auth;
    private final RegistryAuth anonymous;
    private final Optional<AuthFile> authFile;
    private final Map<String, Optional<Credentials>> credentials = new ConcurrentHashMap<>();
    private final Map<String, String> schemes = new ConcurrentHashMap<>();

    /** A client with the given options; the auth file is read now, helpers run on first use per host. */
    public RegistryClient(RegistryOptions options) {
        this(options, Sleeper.SYSTEM);
    }

    RegistryClient(RegistryOptions options, Sleeper sleeper) {
        this.options = options;
        this.http = HttpClient.newBuilder()
                .connectTimeout(options.timeouts().idle())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(new EnvProxySelector(System.getenv()))
                .sslContext(TlsContexts.create(options.certDir(), options.tlsVerify()))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        RegistryTransport transport = new RegistryTransport(http, options, sleeper, watchdog);
        this.authFile = options.authFile().map(AuthFile::load);
        this.auth = new RegistryAuth(transport, this::credentialsFor);
        this.anonymous = new RegistryAuth(transport, host -> Optional.empty());
    }

    /** The options this client was made with. */
    public RegistryOptions options() {
        return options;
    }

    /**
     * Fetches the manifest or index a name points to and verifies its digest against the registry's
     * {@code Docker-Content-Digest} and, when pulled by digest, against the requested digest.
     *
     * @throws RegistryException when access is denied, the image is missing or the registry fails
     */
    public ResolvedManifest resolve(RegistryImageName name) throws IOException {
        RegistryResponse response = auth.send(manifestRequest(name, name.reference(),
                ManifestTypes.ACCEPT_HEADER), scope(name));
        try (InputStream body = response.body()) {
            if (response.status() != 200) {
                throw failure(response.status(), name, "image " + name.repository() + ":" + name.reference());
            }
            byte[] bytes = readManifest(response, body, name);
            String digest = verifyDigests(name, response, bytes);
            String mediaType = mediaType(name, response, bytes);
            return new ResolvedManifest(name, Descriptor.of(mediaType, digest, bytes.length));
        }
    }

    /** A store reading manifests and blobs of one repository; it shares this client's connections and tokens. */
    public BlobStore blobStore(RegistryImageName name) {
        return new RegistryBlobStore(this, name);
    }

    /**
     * Checks whether an anonymous client can pull the image, following the anonymous token flow; a bare 401 on the
     * first request proves nothing, as public registries answer that way too.
     */
    public AnonymousPull checkAnonymousPull(RegistryImageName name) {
        try {
            RegistryResponse response = anonymous.send(manifestRequest(name, name.reference(),
                    ManifestTypes.ACCEPT_HEADER), scope(name));
            response.discard();
            return switch (response.status()) {
                case 200 -> AnonymousPull.TRUE;
                case 401, 403 -> AnonymousPull.FALSE;
                default -> AnonymousPull.UNKNOWN;
            };
        } catch (RegistryException e) {
            return AnonymousPull.UNKNOWN;
        }
    }

    /**
     * Stops the watchdog of response bodies. Connections need no release: the JDK 17 HTTP client frees them when it
     * becomes unreachable (it gained close() only in JDK 21, and core targets 17).
     */
    @Override
    public void close() {
        watchdog.close();
    }

    HttpGet manifestRequest(RegistryImageName name, String reference, String accept) {
        return HttpGet.of(name.registry(), url(name, "/manifests/" + reference)).withHeader("Accept", accept);
    }

    URI url(RegistryImageName name, String suffix) {
        String host = name.apiHost();
        String scheme = options.tlsVerify() ? "https" : schemes.computeIfAbsent(host, this::probeScheme);
        return RegistryTransport.uri(scheme, host, "/v2/" + name.repository() + suffix);
    }

    /**
     * With verification off, a registry may serve plain HTTP. The probe asks over plain HTTP first, without
     * credentials: TLS servers reject that at once (Go answers 400), whereas a TLS handshake sent to some plain servers
     * would hang until the timeout. Sending the probe in clear costs nothing, since unverified TLS is not private.
     */
    private String probeScheme(String host) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(RegistryTransport.uri("http", host, "/v2/"))
                    .timeout(options.timeouts().idle()).GET().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 400 ? "https" : "http";
        } catch (IOException e) {
            return "https";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while connecting to registry " + host, e);
        }
    }

    RegistryAuth auth() {
        return auth;
    }

    static String scope(RegistryImageName name) {
        return "repository:" + name.repository() + ":pull";
    }

    private Optional<Credentials> credentialsFor(String host) {
        if (options.credentials().isPresent()) {
            return options.credentials();
        }
        return credentials.computeIfAbsent(host, h -> authFile.flatMap(file -> file.lookup(h)));
    }

    private byte[] readManifest(RegistryResponse response, InputStream body, RegistryImageName name)
            throws IOException {
        long limit = options.maxManifestBytes();
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        byte[] bytes = declared > limit ? new byte[0] : body.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
        if (declared > limit || bytes.length > limit) {
            throw new RegistryException("manifest of " + name + " exceeds the limit of " + limit + " bytes");
        }
        return bytes;
    }

    private static String verifyDigests(RegistryImageName name, RegistryResponse response, byte[] bytes) {
        String what = "manifest of " + name;
        Optional<String> header = response.headers().firstValue("Docker-Content-Digest").map(String::strip);
        if (header.isPresent()) {
            checkDigest(what, header.get(), bytes);
        }
        name.digest().ifPresent(d -> checkDigest(what, d, bytes));
        return name.digest().orElseGet(() -> VerifyingInputStream.digestOf(bytes, "sha256:"));
    }

    private static void checkDigest(String what, String expected, byte[] bytes) {
        String actual = VerifyingInputStream.digestOf(bytes, expected);
        if (!actual.equalsIgnoreCase(expected)) {
            throw new DigestMismatchException(what, expected, actual);
        }
    }

    private static String mediaType(RegistryImageName name, RegistryResponse response, byte[] bytes) {
        String type = ManifestTypes.bare(response.headers().firstValue("Content-Type").orElse(""));
        if (ManifestTypes.isGeneric(type)) {
            type = jsonMediaType(name, bytes);
        }
        if (!ManifestTypes.isManifest(type)) {
            throw new UnsupportedMediaTypeException(type, name.toString());
        }
        return type;
    }

    private static String jsonMediaType(RegistryImageName name, byte[] bytes) {
        try {
            JsonNode json = new ObjectMapper().readTree(bytes);
            return json == null ? "" : json.path("mediaType").asText("");
        } catch (IOException e) {
            // No cause: the parser message quotes content, and manifests are untrusted input.
            throw new RegistryException("manifest of " + name + " is not valid JSON");
        }
    }

    /** The one-line error for an unexpected status; {@code what} names the manifest or blob requested. */
    static RegistryException failure(int status, RegistryImageName name, String what) {
        String host = name.registry();
        return switch (status) {
            case 401, 403 -> new RegistryException("registry " + host + " denied access to " + name.repository()
                    + " (" + status + " " + reason(status) + "): check credentials");
            case 404 -> new RegistryException("registry " + host + " has no " + what + " (404 Not Found)");
            case 429 -> new RegistryException("registry " + host + " kept rate-limiting requests for " + what
                    + " (429 Too Many Requests)");
            default -> new RegistryException("registry " + host + " answered HTTP " + status + " for " + what);
        };
    }

    private static String reason(int status) {
        return status == 401 ? "Unauthorized" : "Forbidden";
    }
}
