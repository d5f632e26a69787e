package io.jenkins.plugins.bakedsecrets.core.image;

import java.util.List;
import java.util.Map;

/**
 * What an OCI layout's {@code index.json} contributes to a scan. The file is not a blob, so the resolver never reads
 * it as it reads the indexes it walks: its own annotations travel beside the roots instead, or they would be lost.
 *
 * @param roots the manifests and indexes chosen from {@code index.json}
 * @param annotations the annotations of {@code index.json} itself, not those of its entries
 */
record LayoutIndex(List<Descriptor> roots, Map<String, String> annotations) {
    LayoutIndex {
        roots = List.copyOf(roots);
        annotations = Map.copyOf(annotations);
    }
}
