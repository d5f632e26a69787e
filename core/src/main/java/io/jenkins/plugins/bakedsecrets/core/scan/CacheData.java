package io.jenkins.plugins.bakedsecrets.core.scan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The binary encoding of cached layer results: big-endian numbers, length-prefixed UTF-8 strings (no length limit,
 * unlike {@code writeUTF}) and presence flags for optional parts. Counts are checked against the bytes left, so a
 * payload that does not decode fails with an exception instead of a huge allocation.
 */
final class CacheData {
    private CacheData() {
    }

    /** Writes an entry payload. */
    static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        void writeInt(int v) throws IOException {
            out.writeInt(v);
        }

        void writeLong(long v) throws IOException {
            out.writeLong(v);
        }

        void writeBytes(byte[] v) throws IOException {
            out.writeInt(v.length);
            out.write(v);
        }

        void writeString(String v) throws IOException {
            writeBytes(v.getBytes(StandardCharsets.UTF_8));
        }

        void writeStrings(Collection<String> values) throws IOException {
            out.writeInt(values.size());
            for (String v : values) {
                writeString(v);
            }
        }

        void writeOptional(Optional<String> v) throws IOException {
            out.writeBoolean(v.isPresent());
            if (v.isPresent()) {
                writeString(v.get());
            }
        }

        void writeOptional(OptionalInt v) throws IOException {
            out.writeBoolean(v.isPresent());
            if (v.isPresent()) {
                out.writeInt(v.getAsInt());
            }
        }

        byte[] toByteArray() throws IOException {
            out.flush();
            return bytes.toByteArray();
        }
    }

    /** Reads what a {@link Writer} wrote. */
    static final class Reader {
        private final DataInputStream in;

        Reader(byte[] payload) {
            this.in = new DataInputStream(new ByteArrayInputStream(payload));
        }

        int readInt() throws IOException {
            return in.readInt();
        }

        long readLong() throws IOException {
            return in.readLong();
        }

        boolean readBoolean() throws IOException {
            return in.readBoolean();
        }

        /** A count or length, which cannot exceed the bytes left. */
        int readCount() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("cache entry holds an impossible count " + n);
            }
            return n;
        }

        byte[] readBytes() throws IOException {
            byte[] v = new byte[readCount()];
            in.readFully(v);
            return v;
        }

        String readString() throws IOException {
            return new String(readBytes(), StandardCharsets.UTF_8);
        }

        List<String> readStrings() throws IOException {
            int n = readCount();
            List<String> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(readString());
            }
            return values;
        }

        Optional<String> readOptionalString() throws IOException {
            return in.readBoolean() ? Optional.of(readString()) : Optional.empty();
        }

        OptionalInt readOptionalInt() throws IOException {
            return in.readBoolean() ? OptionalInt.of(in.readInt()) : OptionalInt.empty();
        }

        /** True when every byte was read: a payload with bytes left over is not one this code wrote. */
        boolean atEnd() throws IOException {
            return in.available() == 0;
        }
    }
}
