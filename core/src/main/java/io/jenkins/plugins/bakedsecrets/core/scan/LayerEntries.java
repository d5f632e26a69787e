package io.jenkins.plugins.bakedsecrets.core.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one layer puts into the filesystem and what it hides, kept compactly so that hiding of lower layers' files
 * can be decided after all layers were scanned (layers are scanned independently, possibly in parallel).
 */
final class LayerEntries {
    private final PathHashSet entries = new PathHashSet();
    private final Set<String> whiteouts = new HashSet<>();
    private final Set<String> opaqueDirectories = new HashSet<>();
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
