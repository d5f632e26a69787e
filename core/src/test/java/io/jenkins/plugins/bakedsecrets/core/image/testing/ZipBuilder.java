package io.jenkins.plugins.bakedsecrets.core.image.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zip, jar, war or ear bytes, possibly holding other archives. */
public final class ZipBuilder {
    private final List<Object[]> entries = new ArrayList<>();

    ZipBuilder() {
    }

    /** A deflated entry. */
    public ZipBuilder entry(String name, byte[] content) {
        entries.add(new Object[] {name, content.clone(), Boolean.FALSE});
        return this;
    }

    /** A deflated UTF-8 text entry. */
    public ZipBuilder entry(String name, String content) {
        return entry(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A stored (uncompressed) entry. */
    public ZipBuilder stored(String name, byte[] content) {
        entries.add(new Object[] {name, content.clone(), Boolean.TRUE});
        return this;
    }

    /** An entry holding another archive. */
    public ZipBuilder nested(String name, ZipBuilder inner) {
        return entry(name, inner.bytes());
    }

    /** The archive bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Object[] e : entries) {
                byte[] content = (byte[]) e[1];
                ZipEntry ze = new ZipEntry((String) e[0]);
                if ((Boolean) e[2]) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    ze.setMethod(ZipEntry.STORED);
                    ze.setSize(content.length);
                    ze.setCompressedSize(content.length);
                    ze.setCrc(crc.getValue());
                }
                out.putNextEntry(ze);
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The archive bytes with the first entry flagged as encrypted (general purpose bit 0), as a password-protected
     * zip would be; the data itself stays readable, so only a reader that honours the flag skips it. Make that entry
     * {@link #stored} so that a streaming reader knows its size and can step over it.
     */
    public byte[] encryptedBytes() {
        byte[] zip = bytes();
        boolean local = false;
        boolean central = false;
        for (int i = 0; i + 10 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K') {
                if (!local && zip[i + 2] == 3 && zip[i + 3] == 4) {
                    zip[i + 6] |= 1;
                    local = true;
                } else if (!central && zip[i + 2] == 1 && zip[i + 3] == 2) {
                    zip[i + 8] |= 1;
                    central = true;
                }
            }
        }
        return zip;
    }
}
