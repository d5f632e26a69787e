package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.image.ImageJson.DescriptorJson;
import io.jenkins.plugins.bakedsecrets.core.image.ImageJson.ManifestJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the entry points of an OCI image layout: the {@code oci-layout} marker and {@code index.json}. */
final class OciLayout {
    private OciLayout() {
    }

    /** True when the files hold an OCI layout. */
    static boolean isLayout(LayoutFiles files) throws IOException {
        return files.size("oci-layout").isPresent() && files.size("index.json").isPresent();
    }

    /**
     * The manifests listed in {@code index.json}, narrowed to the one named {@code name} or at {@code index}, and
     * the annotations of {@code index.json} itself.
     *
     * @throws ImageFormatException when the layout is malformed or nothing matches
     */
    static LayoutIndex index(LayoutFiles files, Optional<String> name, OptionalInt index) throws IOException {
        if (files.size("oci-layout").isEmpty()) {
            throw new ImageFormatException(files.describe() + " is not an OCI layout (no oci-layout file)");
        }
        byte[] bytes;
        try (InputStream in = files.open("index.json")) {
            bytes = Digests.readBounded(in, Digests.MAX_JSON_BYTES, files.describe() + " index.json");
        } catch (NoSuchFileException e) {
            throw new ImageFormatException(files.describe() + " is not an OCI layout (no index.json)", e);
        }
        String what = files.describe() + " index.json";
        ManifestJson json = ImageJson.parse(bytes, ManifestJson.class, what);
        if (json.manifests() == null || json.manifests().isEmpty()) {
            throw new ImageFormatException(what + " lists no image");
        }
        List<Descriptor> all = new ArrayList<>();
        for (DescriptorJson d : json.manifests()) {
            all.add(ImageJson.descriptor(d, what));
        }
        return new LayoutIndex(select(all, name, index, what), ImageJson.strings(json.annotations()));
    }

    private static List<Descriptor> select(List<Descriptor> all, Optional<String> name, OptionalInt index,
                                           String what) {
        if (index.isPresent()) {
            if (index.getAsInt() >= all.size()) {
                throw new ImageFormatException(what + " has no image @" + index.getAsInt());
            }
            return List.of(all.get(index.getAsInt()));
        }
        if (name.isEmpty()) {
            return all;
        }
        List<Descriptor> named = all.stream()
                .filter(d -> name.get().equals(d.annotations().get(ManifestResolver.REF_NAME))).toList();
        if (named.isEmpty()) {
            throw new ImageFormatException(what + " has no image named '" + Digests.shorten(name.get()) + "'");
        }
        return named;
    }
}
