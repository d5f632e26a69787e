package io.jenkins.plugins.bakedsecrets.core.cache;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The name of a cache entry: a MAC, under a key of the cache, over every part that decides the entry's content.
 * Keyed, so that a name reveals nothing about those parts (some are digests of the secrets a user searches for).
 * Each part is length-prefixed, so no two different sequences of parts give the same input.
 */
public final class EntryKey {
    private final String name;

    private EntryKey(String name) {
        this.name = name;
    }

    String fileName() {
        return name;
    }

    @Override
    public String toString() {
        return "EntryKey[" + name.substring(0, 12) + "]";
    }

    /** Collects the parts of a key. */
    public static final class Builder {
        private final Mac mac;

        Builder(Mac mac) {
            this.mac = mac;
        }

        /** Adds a text part. */
        public Builder add(String part) {
            return add(part.getBytes(StandardCharsets.UTF_8));
        }

        /** Adds a number. */
        public Builder add(long part) {
            return add(Long.toString(part));
        }

        /** Adds raw bytes. */
        public Builder add(byte[] part) {
            mac.update(java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
            mac.update(part);
            return this;
        }

        /**
         * The keyed MAC itself, for a part that must never exist unkeyed outside its owner (a detector feeds its
         * known secrets here). Whoever writes to it writes length-prefixed parts too.
         */
        public Mac mac() {
            return mac;
        }

        /** The key. */
        public EntryKey build() {
            return new EntryKey(HexFormat.of().formatHex(mac.doFinal()));
        }
    }
}
