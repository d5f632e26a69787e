package io.jenkins.plugins.bakedsecrets.core.image.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Writes named byte arrays into a tar file. */
public final class TarWriter {
    private TarWriter() {
    }

    /** Writes {@code files} (name to content) into a new tar at {@code tar}. */
    public static void write(Path tar, Map<String, byte[]> files) throws IOException {
        try (OutputStream os = Files.newOutputStream(tar);
             TarArchiveOutputStream out = new TarArchiveOutputStream(os)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(f.getKey());
                e.setSize(f.getValue().length);
                out.putArchiveEntry(e);
                out.write(f.getValue());
                out.closeArchiveEntry();
            }
            out.finish();
        }
    }
}
