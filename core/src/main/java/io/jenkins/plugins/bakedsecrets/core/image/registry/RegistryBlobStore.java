package io.jenkins.plugins.bakedsecrets.core.image.registry;

import io.jenkins.plugins.bakedsecrets.core.image.BlobStore;
import io.jenkins.plugins.bakedsecrets.core.image.Descriptor;
import io.jenkins.plugins.bakedsecrets.core.image.ImageFormatException;
import io.jenkins.plugins.bakedsecrets.core.image.LimitedInputStream;

import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;

/** Reads manifests and blobs of one repository; streams are raw and unbuffered, callers verify digests. */
final class RegistryBlobStore implements BlobStore {
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}");

    private final RegistryClient client;
    private final RegistryImageName name;

    RegistryBlobStore(RegistryClient client, RegistryImageName name) {
        this.client = client;
        this.name = name;
    }

    @Override
    public InputStream open(Descriptor descriptor) throws NoSuchFileException {
        String digest = descriptor.digest();
        if (!DIGEST.matcher(digest).matches()) {
            // The digest becomes part of a URL path: refuse anything but a well-formed digest.
            throw new ImageFormatException("invalid digest '" + digest + "' in a descriptor of " + name);
        }
        boolean manifest = ManifestTypes.isManifest(descriptor.mediaType());
        HttpGet request = manifest
                ? client.manifestRequest(name, digest, descriptor.mediaType() + ", " + ManifestTypes.ACCEPT_HEADER)
                : HttpGet.of(name.registry(), client.url(name, "/blobs/" + digest));
        RegistryResponse response = client.auth().send(request, RegistryClient.scope(name));
        int status = response.status();
        if (status == 200) {
            checkLength(response, descriptor);
            long limit = client.options().maxManifestBytes();
            return manifest ? new LimitedInputStream(response.body(), limit, n -> new RegistryException("manifest "
                    + digest + " of " + name + " exceeds the limit of " + n + " bytes")) : response.body();
        }
        response.discard();
        String what = (manifest ? "manifest " : "blob ") + digest + " in " + name.repository();
        if (status == 404) {
            throw new NoSuchFileException("registry " + name.registry() + " has no " + what + " (404 Not Found)");
        }
        throw RegistryClient.failure(status, name, what);
    }

    /**
     * Refuses at once a body announced larger than its descriptor says; a body that is larger without saying so is
     * stopped by the reader, which never reads more than the descriptor's size plus one byte.
     */
    private void checkLength(RegistryResponse response, Descriptor descriptor) {
        long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (descriptor.size() >= 0 && announced > descriptor.size()) {
            response.discard();
            throw new RegistryException("registry " + name.registry() + " sends " + announced + " bytes for "
                    + descriptor.digest() + " in " + name.repository() + " but its descriptor says "
                    + descriptor.size());
        }
    }

    @Override
    public void close() {
        // Connections belong to the client, which other stores may still use.
    }

    @Override
    public String toString() {
        return "RegistryBlobStore[" + name + "]";
    }
}
