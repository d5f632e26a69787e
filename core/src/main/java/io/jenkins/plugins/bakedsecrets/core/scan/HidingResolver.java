package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, once every layer of an image was walked, which files with findings are deleted or overwritten by a later
 * layer. Hidden files still ship in the image (anyone can read the lower layer), so their findings stay and say so.
 */
final class HidingResolver {
    private final List<LayerEntries> layers;

    HidingResolver(List<LayerEntries> layers) {
        this.layers = List.copyOf(layers);
    }

    /** The location, marked deleted/overwritten with the first hiding layer when a later layer hides it. */
    Location resolve(Location location) {
        if (location.path().isEmpty() || location.layerIndex().isEmpty()) {
            return location;
        }
        int layer = location.layerIndex().getAsInt();
        String outer = outerPath(location.path().get());
        List<String> reachable = new ArrayList<>();
        reachable.add(outer);
        reachable.addAll(layers.get(layer).linksTo(outer));
        // The content stays reachable until its last path is hidden, so that layer is the one that hides it.
        Hiding last = null;
        for (String path : reachable) {
            Hiding h = hidingOf(path, layer);
            if (h == null) {
                // A surviving hard link keeps the content reachable: the file is not hidden.
                return location;
            }
            if (last == null || h.layer > last.layer) {
                last = h;
            }
        }
        return location.withHiding(last.deleted, !last.deleted, last.layer);
    }

    private Hiding hidingOf(String path, int layer) {
        for (int j = layer + 1; j < layers.size(); j++) {
            LayerEntries later = layers.get(j);
            if (later.deletes(path)) {
                return new Hiding(j, true);
            }
            if (later.replaces(path)) {
                return new Hiding(j, false);
            }
        }
        return null;
    }

    /** The layer-level path of an archive entry: {@code /app/a.jar!/x} lives in {@code /app/a.jar}. */
    static String outerPath(String path) {
        int bang = path.indexOf("!/");
        return bang < 0 ? path : path.substring(0, bang);
    }

    private record Hiding(int layer, boolean deleted) {
    }
}
