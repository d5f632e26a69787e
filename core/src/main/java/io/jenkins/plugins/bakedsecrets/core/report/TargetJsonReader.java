package io.jenkins.plugins.bakedsecrets.core.report;

import io.jenkins.plugins.bakedsecrets.core.scan.LayerInfo;
import io.jenkins.plugins.bakedsecrets.core.scan.RegistryExposure;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import io.jenkins.plugins.bakedsecrets.core.scan.ToolInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the tool and target objects of a JSON report. */
final class TargetJsonReader {
    private final StrictJsonCursor in;

    TargetJsonReader(StrictJsonCursor in) {
        this.in = in;
    }

    ToolInfo tool() throws IOException {
        String[] v = new String[3];
        in.object("tool", name -> {
            switch (name) {
                case "name" -> v[0] = in.string("tool.name");
                case "version" -> v[1] = in.string("tool.version");
                case "rulesVersion" -> v[2] = in.string("tool.rulesVersion");
                default -> throw in.unknown("tool", name);
            }
        });
        require(v[0] != null && v[1] != null && v[2] != null, "tool needs name, version and rulesVersion");
        return new ToolInfo(v[0], v[1], v[2]);
    }

    List<TargetInfo> targets() throws IOException {
        List<TargetInfo> targets = new ArrayList<>();
        in.array("targets", () -> targets.add(target()));
        return targets;
    }

    private TargetInfo target() throws IOException {
        String[] v = new String[5]; // type, reference, imageId, manifestDigest, platform
        List<LayerInfo> layers = new ArrayList<>();
        Map<String, String> annotations = new LinkedHashMap<>();
        boolean[] hasLayers = {false};
        RegistryExposure[] exposure = new RegistryExposure[1];
        in.object("target", name -> {
            switch (name) {
                case "type" -> v[0] = type(in.string("type"));
                case "reference" -> v[1] = in.string("reference");
                case "imageId" -> v[2] = in.string("imageId");
                case "manifestDigest" -> v[3] = in.string("manifestDigest");
                case "platform" -> v[4] = in.string("platform");
                case "layers" -> {
                    hasLayers[0] = true;
                    in.array("layers", () -> layers.add(layer()));
                }
                case "annotations" -> in.object("annotations", key -> annotations.put(key, in.string("annotation")));
                case "exposure" -> exposure[0] = exposure();
                default -> throw in.unknown("target", name);
            }
        });
        require(v[0] != null && v[1] != null && hasLayers[0], "target needs type, reference and layers");
        return new TargetInfo(v[0], v[1], Optional.ofNullable(v[2]), Optional.ofNullable(v[3]),
                Optional.ofNullable(v[4]), layers, annotations, Optional.ofNullable(exposure[0]));
    }

    private RegistryExposure exposure() throws IOException {
        String[] pull = new String[1];
        in.object("exposure", name -> {
            if (!"anonymousPull".equals(name)) {
                throw in.unknown("exposure", name);
            }
            pull[0] = in.string("exposure.anonymousPull");
        });
        require(pull[0] != null, "exposure needs anonymousPull");
        try {
            return RegistryExposure.parse(pull[0]);
        } catch (IllegalArgumentException e) {
            throw in.fail("exposure.anonymousPull must be true, false or unknown");
        }
    }

    private LayerInfo layer() throws IOException {
        String[] v = new String[4]; // digest, diffId, mediaType, createdBy
        int[] index = {-1};
        long[] size = {Long.MIN_VALUE};
        in.object("layer", name -> {
            switch (name) {
                case "index" -> index[0] = in.nonNegative("layer.index");
                case "digest" -> v[0] = in.string("layer.digest");
                case "diffId" -> v[1] = in.string("layer.diffId");
                case "mediaType" -> v[2] = in.string("layer.mediaType");
                case "size" -> size[0] = in.longInteger("layer.size");
                case "createdBy" -> v[3] = in.string("layer.createdBy");
                default -> throw in.unknown("layer", name);
            }
        });
        require(index[0] >= 0 && v[0] != null && v[1] != null && v[2] != null && size[0] >= -1,
                "layer needs index, digest, diffId, mediaType and a size of -1 or more");
        return new LayerInfo(index[0], v[0], v[1], v[2], size[0], Optional.ofNullable(v[3]));
    }

    private String type(String type) {
        if (!TargetInfo.IMAGE.equals(type) && !TargetInfo.CI_ENV.equals(type)) {
            throw in.fail("target type must be image or ci-env");
        }
        return type;
    }

    private void require(boolean ok, String message) {
        if (!ok) {
            throw in.fail(message);
        }
    }
}
