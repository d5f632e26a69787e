package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Archive formats looked into inside layers, recognised by name and confirmed by magic bytes. */
enum ArchiveKind {
    /** Not an archive. */
    NONE,
    /** zip, jar, war, ear. */
    ZIP,
    /** An uncompressed tar. */
    TAR,
    /** A gzip-compressed tar. */
    TAR_GZ,
    /** A single gzip-compressed file. */
    GZ;

    /** Bytes needed to confirm a kind by its magic. */
    static final int HEAD_BYTES = 512;

    /** The kind a file name suggests. */
    static ArchiveKind byName(String baseName) {
        String n = baseName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".zip") || n.endsWith(".jar") || n.endsWith(".war") || n.endsWith(".ear")) {
            return ZIP;
        }
        if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) {
            return TAR_GZ;
        }
        if (n.endsWith(".tar")) {
            return TAR;
        }
        return n.endsWith(".gz") && n.length() > 3 ? GZ : NONE;
    }

    /** True when the first bytes of a file agree with this kind. */
    boolean confirmedBy(byte[] head) {
        return switch (this) {
            case ZIP -> head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                    && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
            case TAR -> TarArchiveInputStream.matches(head, head.length);
            case TAR_GZ, GZ -> head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
            case NONE -> false;
        };
    }
}
