package io.jenkins.plugins.bakedsecrets.core.image.testing;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** How a test layer blob is compressed, with the OCI and Docker media types that say so. */
public enum Compression {
    /** An uncompressed tar. */
    NONE("application/vnd.oci.image.layer.v1.tar", "application/vnd.docker.image.rootfs.diff.tar"),
    /** gzip. */
    GZIP("application/vnd.oci.image.layer.v1.tar+gzip", "application/vnd.docker.image.rootfs.diff.tar.gzip"),
    /** zstd (OCI only; Docker manifests use the OCI media type for it too). */
    ZSTD("application/vnd.oci.image.layer.v1.tar+zstd", "application/vnd.oci.image.layer.v1.tar+zstd");

    private final String ociMediaType;
    private final String dockerMediaType;

    Compression(String ociMediaType, String dockerMediaType) {
        this.ociMediaType = ociMediaType;
        this.dockerMediaType = dockerMediaType;
    }

    /** The OCI layer media type. */
    public String ociMediaType() {
        return ociMediaType;
    }

    /** The Docker schema 2 layer media type. */
    public String dockerMediaType() {
        return dockerMediaType;
    }

    /** Compresses bytes. */
    public byte[] compress(byte[] data) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream c = wrap(out)) {
                c.write(data);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OutputStream wrap(OutputStream out) throws IOException {
        return switch (this) {
            case NONE -> out;
            case GZIP -> new GZIPOutputStream(out);
            case ZSTD -> new ZstdOutputStream(out);
        };
    }
}
