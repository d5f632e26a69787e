package io.jenkins.plugins.bakedsecrets.core.finding;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a finding sits. Which parts are present depends on the {@link #kind()}: files have a path and a layer,
 * config entries a key or field, history entries a history index.
 *
 * @param kind what sort of place this is
 * @param path absolute path in the image; entries inside archives are written {@code outer!/inner}
 * @param line 1-based line of the file, when the secret sits on one line
 * @param layerIndex 0-based index of the layer holding the file
 * @param layerDigest digest of the layer blob as distributed (compressed)
 * @param diffId digest of the uncompressed layer, stable across recompression
 * @param deleted the file is hidden by a whiteout in a later layer (it still ships in the image)
 * @param overwritten the file is replaced by a later layer (it still ships in the image)
 * @param hiddenBy index of the first later layer that deletes or overwrites the file
 * @param key variable, label or build-argument name
 * @param historyIndex index into the config's history
 * @param field config field, such as {@code Entrypoint}
 */
public record Location(LocationKind kind, Optional<String> path, OptionalInt line, OptionalInt layerIndex,
                       Optional<String> layerDigest, Optional<String> diffId, boolean deleted, boolean overwritten,
                       OptionalInt hiddenBy, Optional<String> key, OptionalInt historyIndex, Optional<String> field) {

    /** Validates components. */
    public Location {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(layerIndex, "layerIndex");
        Objects.requireNonNull(layerDigest, "layerDigest");
        Objects.requireNonNull(diffId, "diffId");
        Objects.requireNonNull(hiddenBy, "hiddenBy");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(historyIndex, "historyIndex");
        Objects.requireNonNull(field, "field");
        if (line.isPresent() && line.getAsInt() < 1) {
            throw new IllegalArgumentException("line numbers are 1-based");
        }
    }

    /** A builder for a location of the given kind. */
    public static Builder of(LocationKind kind) {
        return new Builder(kind);
    }

    /** A builder pre-filled with this location's parts. */
    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.path = path.orElse(null);
        b.line = line.isPresent() ? line.getAsInt() : null;
        b.layerIndex = layerIndex.isPresent() ? layerIndex.getAsInt() : null;
        b.layerDigest = layerDigest.orElse(null);
        b.diffId = diffId.orElse(null);
        b.deleted = deleted;
        b.overwritten = overwritten;
        b.hiddenBy = hiddenBy.isPresent() ? hiddenBy.getAsInt() : null;
        b.key = key.orElse(null);
        b.historyIndex = historyIndex.isPresent() ? historyIndex.getAsInt() : null;
        b.field = field.orElse(null);
        return b;
    }

    /** This location at another line. */
    public Location withLine(int newLine) {
        return toBuilder().line(newLine).build();
    }

    /** This location marked as hidden by a later layer. */
    public Location withHiding(boolean isDeleted, boolean isOverwritten, int byLayer) {
        return toBuilder().deleted(isDeleted).overwritten(isOverwritten).hiddenBy(byLayer).build();
    }

    /**
     * The part of the location that identifies it across builds: the normalised path for files, else the key or
     * field. Never a layer index or line, which shift when unrelated layers or lines change.
     */
    public String identity() {
        if (path.isPresent()) {
            return normalisePath(path.get());
        }
        return key.or(() -> field).orElse("");
    }

    /** Normalises an in-image path: a leading slash, no {@code ./}, no repeated or trailing slashes. */
    public static String normalisePath(String raw) {
        String p = raw.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        p = p.replaceAll("/{2,}", "/").replace("/./", "/");
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Mutable builder of {@link Location}; unset parts are absent. */
    public static final class Builder {
        private final LocationKind kind;
        private String path;
        private Integer line;
        private Integer layerIndex;
        private String layerDigest;
        private String diffId;
        private boolean deleted;
        private boolean overwritten;
        private Integer hiddenBy;
        private String key;
        private Integer historyIndex;
        private String field;

        private Builder(LocationKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /** Sets the path. */
        public Builder path(String value) {
            this.path = value;
            return this;
        }

        /** Sets the 1-based line. */
        public Builder line(int value) {
            this.line = value;
            return this;
        }

        /** Sets the layer index, layer digest and diff ID together. */
        public Builder layer(int index, String digest, String diff) {
            this.layerIndex = index;
            this.layerDigest = digest;
            this.diffId = diff;
            return this;
        }

        /** Sets the deleted flag. */
        public Builder deleted(boolean value) {
            this.deleted = value;
            return this;
        }

        /** Sets the overwritten flag. */
        public Builder overwritten(boolean value) {
            this.overwritten = value;
            return this;
        }

        /** Sets the index of the hiding layer. */
        public Builder hiddenBy(int value) {
            this.hiddenBy = value;
            return this;
        }

        /** Sets the key. */
        public Builder key(String value) {
            this.key = value;
            return this;
        }

        /** Sets the history index. */
        public Builder historyIndex(int value) {
            this.historyIndex = value;
            return this;
        }

        /** Sets the config field. */
        public Builder field(String value) {
            this.field = value;
            return this;
        }

        /** The location. */
        public Location build() {
            return new Location(kind, Optional.ofNullable(path), opt(line), opt(layerIndex),
                    Optional.ofNullable(layerDigest), Optional.ofNullable(diffId), deleted, overwritten, opt(hiddenBy),
                    Optional.ofNullable(key), opt(historyIndex), Optional.ofNullable(field));
        }

        private static OptionalInt opt(Integer v) {
            return v == null ? OptionalInt.empty() : OptionalInt.of(v);
        }
    }
}
