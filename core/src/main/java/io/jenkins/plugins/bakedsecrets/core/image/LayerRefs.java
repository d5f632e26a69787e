package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Pairs layer blobs with their diff IDs and the history steps that made them. */
final class LayerRefs {
    private LayerRefs() {
    }

    /**
     * The layers of an image, bottom first.
     *
     * @throws ImageFormatException naming {@code what} when layer and diff ID counts differ or a diff ID is malformed
     */
    static List<LayerRef> of(ImageConfig config, List<Descriptor> blobs, String what) {
        List<String> diffIds = config.diffIds();
        if (diffIds.size() != blobs.size()) {
            throw new ImageFormatException(what + " lists " + blobs.size() + " layers but its config has "
                    + diffIds.size() + " diff_ids");
        }
        List<HistoryEntry> steps = config.history().stream().filter(h -> !h.emptyLayer()).toList();
        // Attribute history only when it accounts for every layer; a partial history would name the wrong steps.
        boolean attributable = steps.size() == blobs.size();
        List<LayerRef> layers = new ArrayList<>();
        for (int i = 0; i < blobs.size(); i++) {
            String diffId = diffIds.get(i);
            if (!Digests.isValid(diffId)) {
                throw new ImageFormatException(what + " has a malformed diff_id '" + Digests.shorten(diffId) + "'");
            }
            OptionalInt historyIndex = attributable ? OptionalInt.of(steps.get(i).index()) : OptionalInt.empty();
            Optional<String> createdBy = attributable ? steps.get(i).createdBy() : Optional.empty();
            layers.add(new LayerRef(i, blobs.get(i), diffId, historyIndex, createdBy));
        }
        return layers;
    }
}
