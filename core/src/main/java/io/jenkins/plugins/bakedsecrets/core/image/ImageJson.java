package io.jenkins.plugins.bakedsecrets.core.image;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The wire format of manifests, indexes, configs and docker-archive {@code manifest.json}, as typed records, and
 * their conversion to the model. Missing JSON fields arrive as null here and never leave this class.
 */
final class ImageJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(Digests.MAX_JSON_BYTES).build());
    }

    private ImageJson() {
    }

    /** A manifest or an index: the two share enough shape to read either and decide afterwards. */
    record ManifestJson(Integer schemaVersion, String mediaType, DescriptorJson config, List<DescriptorJson> layers,
                        List<DescriptorJson> manifests, Map<String, String> annotations) {
    }

    /** A descriptor. */
    record DescriptorJson(String mediaType, String digest, Long size, PlatformJson platform,
                          Map<String, String> annotations, List<String> urls) {
    }

    /** A platform. */
    record PlatformJson(String os, String architecture, String variant) {
    }

    /** An image config. */
    record ConfigJson(String os, String architecture, String variant, ContainerJson config, RootfsJson rootfs,
                      List<HistoryJson> history) {
    }

    /** The runtime part of a config. */
    record ContainerJson(@JsonProperty("Env") List<String> env, @JsonProperty("Labels") Map<String, String> labels,
                         @JsonProperty("Entrypoint") List<String> entrypoint, @JsonProperty("Cmd") List<String> cmd) {
    }

    /** {@code rootfs}. */
    record RootfsJson(String type, @JsonProperty("diff_ids") List<String> diffIds) {
    }

    /** One history step. */
    record HistoryJson(@JsonProperty("created_by") String createdBy,
                       @JsonProperty("empty_layer") Boolean emptyLayer) {
    }

    /** One image of a docker-archive {@code manifest.json}. */
    record ArchiveEntryJson(@JsonProperty("Config") String config, @JsonProperty("RepoTags") List<String> repoTags,
                            @JsonProperty("Layers") List<String> layers) {
    }

    /** Parses JSON into {@code type}, naming {@code what} in the error. */
    static <T> T parse(byte[] json, Class<T> type, String what) {
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new ImageFormatException(what + " is JSON null");
            }
            return value;
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the offending token, which may be part of a secret; give the place only.
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new ImageFormatException(what + " is not valid JSON or not of the expected shape" + where);
        } catch (IOException e) {
            throw new ImageFormatException(what + " cannot be parsed", e);
        }
    }

    /** Parses a docker-archive {@code manifest.json}. */
    static List<ArchiveEntryJson> parseArchiveManifest(byte[] json) {
        ArchiveEntryJson[] entries = parse(json, ArchiveEntryJson[].class, "manifest.json");
        List<ArchiveEntryJson> list = new ArrayList<>();
        for (ArchiveEntryJson e : entries) {
            if (e == null || e.config() == null) {
                throw new ImageFormatException("manifest.json has an image without Config");
            }
            list.add(e);
        }
        return list;
    }

    /** Converts a wire descriptor, checking the parts every descriptor must have. */
    static Descriptor descriptor(DescriptorJson d, String what) {
        if (d == null || d.mediaType() == null || d.digest() == null) {
            throw new ImageFormatException(what + " has a descriptor without mediaType or digest");
        }
        if (!Digests.isValid(d.digest())) {
            throw new ImageFormatException(what + " has an unsupported digest '" + Digests.shorten(d.digest()) + "'");
        }
        if (d.size() == null || d.size() < 0) {
            // The size bounds every read of the blob; without it an endless blob could only be stopped by a limit.
            throw new ImageFormatException(what + " has a descriptor of " + d.digest() + " with "
                    + (d.size() == null ? "no size" : "a negative size"));
        }
        Optional<Platform> platform = Optional.ofNullable(d.platform())
                .filter(p -> p.os() != null && p.architecture() != null)
                .map(p -> new Platform(p.os(), p.architecture(), Optional.ofNullable(p.variant())));
        return new Descriptor(d.mediaType(), d.digest(), d.size(), platform,
                strings(d.annotations()), list(d.urls()));
    }

    /** Converts a config. */
    static ImageConfig config(ConfigJson c) {
        ContainerJson run = c.config() == null ? new ContainerJson(null, null, null, null) : c.config();
        List<HistoryEntry> history = new ArrayList<>();
        if (c.history() != null) {
            for (HistoryJson h : c.history()) {
                HistoryJson step = h == null ? new HistoryJson(null, null) : h;
                history.add(new HistoryEntry(history.size(), Optional.ofNullable(step.createdBy()),
                        Boolean.TRUE.equals(step.emptyLayer())));
            }
        }
        List<String> diffIds = c.rootfs() == null ? List.of() : list(c.rootfs().diffIds());
        Optional<Platform> platform = c.os() == null || c.architecture() == null ? Optional.empty()
                : Optional.of(new Platform(c.os(), c.architecture(), Optional.ofNullable(c.variant())));
        return new ImageConfig(list(run.env()), strings(run.labels()), list(run.entrypoint()), list(run.cmd()),
                history, diffIds, platform);
    }

    /** A copy without nulls. */
    static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }

    /** A copy without null keys or values, keeping order. */
    static Map<String, String> strings(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
        }
        return copy;
    }
}
