package io.jenkins.plugins.bakedsecrets.core.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one layer puts into the filesystem and what it hides, kept compactly so that hiding of lower layers' files
 * can be decided after all layers were scanned (layers are scanned independently, possibly in parallel). Entries,
 * whiteouts and opaque directories are 64-bit path hashes, so a layer of a million of any of them takes a few
 * megabytes; only hard links keep their names, as a link's own path must be checked for hiding in turn.
 */
final class LayerEntries {
    private final PathHashSet entries = new PathHashSet();
    private final PathHashSet whiteouts = new PathHashSet();
    private final PathHashSet opaqueDirectories = new PathHashSet();
    /** Hard-link target → the paths linking to it; tar links only point to earlier entries of the same layer. */
    private final Map<String, List<String>> linksByTarget = new HashMap<>();

    synchronized void entry(String path) {
        entries.add(path);
    }

    synchronized void whiteout(String path) {
        whiteouts.add(path);
    }

    synchronized void opaque(String directory) {
        opaqueDirectories.add(directory);
    }

    synchronized void hardLink(String path, String target) {
        entries.add(path);
        linksByTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(path);
    }

    /** Writes what hiding resolution needs, for the layer cache; {@link #readFrom} reads it back. */
    synchronized void writeTo(CacheData.Writer out) throws IOException {
        writeHashes(out, entries);
        writeHashes(out, whiteouts);
        writeHashes(out, opaqueDirectories);
        out.writeInt(linksByTarget.size());
        for (Map.Entry<String, List<String>> e : linksByTarget.entrySet()) {
            out.writeString(e.getKey());
            out.writeStrings(e.getValue());
        }
    }

    /** The entries {@link #writeTo} wrote. */
    static LayerEntries readFrom(CacheData.Reader in) throws IOException {
        LayerEntries layer = new LayerEntries();
        readHashes(in, layer.entries);
        readHashes(in, layer.whiteouts);
        readHashes(in, layer.opaqueDirectories);
        for (int i = in.readCount(); i > 0; i--) {
            layer.linksByTarget.put(in.readString(), new ArrayList<>(in.readStrings()));
        }
        return layer;
    }

    private static void writeHashes(CacheData.Writer out, PathHashSet set) throws IOException {
        long[] hashes = set.hashes();
        out.writeInt(hashes.length);
        for (long h : hashes) {
            out.writeLong(h);
        }
    }

    private static void readHashes(CacheData.Reader in, PathHashSet set) throws IOException {
        for (int i = in.readCount(); i > 0; i--) {
            set.addHash(in.readLong());
        }
    }

    /** True when this layer puts an entry at exactly {@code path}, replacing what lower layers had there. */
    boolean replaces(String path) {
        return entries.contains(path);
    }

    /**
     * True when this layer deletes {@code path} of a lower layer: a whiteout of the path or of a parent directory,
     * or an opaque whiteout of a parent directory (wherever in the tree it sits).
     */
    boolean deletes(String path) {
        if (whiteouts.contains(path)) {
            return true;
        }
        for (String dir = parent(path); dir != null; dir = parent(dir)) {
            if (whiteouts.contains(dir) || opaqueDirectories.contains(dir)) {
                return true;
            }
        }
        return false;
    }

    /** The paths that are hard links to {@code target} in this layer; they keep its content reachable. */
    List<String> linksTo(String target) {
        return linksByTarget.getOrDefault(target, List.of());
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        if (slash <= 0) {
            return path.length() > 1 ? "/" : null;
        }
        return path.substring(0, slash);
    }
}
