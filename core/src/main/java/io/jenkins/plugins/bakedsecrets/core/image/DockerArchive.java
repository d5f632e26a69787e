package io.jenkins.plugins.bakedsecrets.core.image;

import io.jenkins.plugins.bakedsecrets.core.image.ImageJson.ArchiveEntryJson;
import io.jenkins.plugins.bakedsecrets.core.image.ImageJson.ConfigJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Opens {@code docker save} archives: the classic form (config {@code HEX.json}, layers {@code ID/layer.tar}) and
 * the newer form that embeds an OCI layout, where the manifests and their digests come from {@code index.json}.
 */
final class DockerArchive {
    private static final Pattern HEX_CONFIG = Pattern.compile("(?:.*/)?([0-9a-f]{64})\\.json");
    private static final Pattern BLOB_CONFIG = Pattern.compile("blobs/sha256/([0-9a-f]{64})");

    private DockerArchive() {
    }

    /** Opens the images of the archive that the reference selects; the source owns {@code files}. */
    static ImageSource open(ArchiveFiles files, ImageReference ref, TargetSelector selector) throws IOException {
        List<ArchiveEntryJson> entries = select(readManifest(files), ref, selector, files.describe());
        boolean embedsLayout = OciLayout.isLayout(files)
                && entries.stream().allMatch(e -> BLOB_CONFIG.matcher(ArchiveFiles.normalise(e.config())).matches());
        if (embedsLayout) {
            return fromLayout(files, entries, ref, selector);
        }
        List<ImageTarget> targets = new ArrayList<>();
        Set<String> otherPlatforms = new TreeSet<>();
        ClassicBlobStore store = new ClassicBlobStore(files);
        for (ArchiveEntryJson entry : entries) {
            ImageTarget target = classicTarget(files, entry, ref.text(), store);
            if (selector.matches(target.platform())) {
                targets.add(target);
            } else {
                otherPlatforms.add(Platform.describe(target.platform()));
            }
        }
        if (targets.isEmpty()) {
            // A scan of nothing must not pass as a clean scan.
            throw new ImageFormatException(ref.text() + " has no image for platform "
                    + selector.platform().map(Platform::toString).orElse("") + " (it has "
                    + String.join(", ", otherPlatforms) + ")");
        }
        return BlobImageSource.ofUncompressedLayers(store, targets);
    }

    private static List<ArchiveEntryJson> readManifest(LayoutFiles files) throws IOException {
        try (InputStream in = files.open("manifest.json")) {
            String what = files.describe() + " manifest.json";
            List<ArchiveEntryJson> entries = ImageJson.parseArchiveManifest(Digests.readBounded(in,
                    Digests.MAX_JSON_BYTES, what));
            if (entries.isEmpty()) {
                throw new ImageFormatException(what + " lists no image");
            }
            return entries;
        } catch (NoSuchFileException e) {
            throw new ImageFormatException(files.describe() + " is not a docker-archive (no manifest.json)", e);
        }
    }

    private static List<ArchiveEntryJson> select(List<ArchiveEntryJson> all, ImageReference ref,
                                                 TargetSelector selector, String where) {
        if (ref.index().isPresent()) {
            if (ref.index().getAsInt() >= all.size()) {
                throw new ImageFormatException(where + " has no image @" + ref.index().getAsInt());
            }
            return List.of(all.get(ref.index().getAsInt()));
        }
        Optional<String> name = ref.name().or(selector::name);
        if (name.isEmpty()) {
            return all;
        }
        String wanted = familiar(name.get());
        List<ArchiveEntryJson> tagged = all.stream().filter(e -> ImageJson.list(e.repoTags()).stream()
                .anyMatch(t -> familiar(t).equals(wanted))).toList();
        if (tagged.isEmpty()) {
            throw new ImageFormatException(where + " has no image tagged '" + Digests.shorten(name.get()) + "'");
        }
        return tagged;
    }

    /** A repo tag as {@code docker images} shows it, so that {@code app:1} matches {@code docker.io/library/app:1}. */
    private static String familiar(String tag) {
        String t = tag.startsWith("docker.io/") ? tag.substring("docker.io/".length()) : tag;
        return t.startsWith("library/") ? t.substring("library/".length()) : t;
    }

    private static ImageSource fromLayout(ArchiveFiles files, List<ArchiveEntryJson> entries, ImageReference ref,
                                          TargetSelector selector) throws IOException {
        Set<String> configs = new HashSet<>();
        for (ArchiveEntryJson e : entries) {
            Matcher m = BLOB_CONFIG.matcher(ArchiveFiles.normalise(e.config()));
            configs.add(m.matches() ? "sha256:" + m.group(1) : "");
        }
        LayoutIndex index = OciLayout.index(files, Optional.empty(), OptionalInt.empty());
        TargetSelector platformOnly = new TargetSelector(selector.platform(), Optional.empty());
        BlobImageSource all = BlobImageSource.ofLayout(new LayoutBlobStore(files), index, ref.text(), platformOnly);
        return new FilteredImageSource(all, t -> configs.contains(t.configDigest()));
    }

    private static ImageTarget classicTarget(LayoutFiles files, ArchiveEntryJson entry, String reference,
                                             ClassicBlobStore store) throws IOException {
        String configPath = ArchiveFiles.normalise(entry.config());
        String what = "config " + configPath;
        byte[] bytes;
        try (InputStream in = files.open(configPath)) {
            bytes = Digests.readBounded(in, Digests.MAX_JSON_BYTES, what);
        }
        String digest = Digests.sha256(bytes);
        expectedDigest(configPath).ifPresent(expected -> {
            if (!expected.equals(digest)) {
                throw new DigestMismatchException(what, expected, digest);
            }
        });
        ImageConfig config = ImageJson.config(ImageJson.parse(bytes, ConfigJson.class, what));
        List<String> layerPaths = ImageJson.list(entry.layers());
        if (layerPaths.size() != config.diffIds().size()) {
            throw new ImageFormatException(what + " has " + config.diffIds().size() + " diff_ids but manifest.json"
                    + " lists " + layerPaths.size() + " layers");
        }
        List<Descriptor> blobs = new ArrayList<>();
        for (int i = 0; i < layerPaths.size(); i++) {
            String path = ArchiveFiles.normalise(layerPaths.get(i));
            String diffId = config.diffIds().get(i);
            store.register(diffId, path);
            blobs.add(Descriptor.of(MediaTypes.DOCKER_LAYER, diffId, files.size(path).orElse(-1L)));
        }
        return new ImageTarget(reference, digest, Optional.empty(), config.platform(), config,
                LayerRefs.of(config, blobs, what), Map.of());
    }

    private static Optional<String> expectedDigest(String configPath) {
        Matcher hex = HEX_CONFIG.matcher(configPath);
        if (hex.matches()) {
            return Optional.of("sha256:" + hex.group(1));
        }
        Matcher blob = BLOB_CONFIG.matcher(configPath);
        return blob.matches() ? Optional.of("sha256:" + blob.group(1)) : Optional.empty();
    }
}
