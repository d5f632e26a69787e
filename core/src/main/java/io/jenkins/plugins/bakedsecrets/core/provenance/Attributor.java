package io.jenkins.plugins.bakedsecrets.core.provenance;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import io.jenkins.plugins.bakedsecrets.core.scan.TargetInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides for each finding whether it sits in a base-image layer or in the image's own layers.
 *
 * <p>Rules: with no known base image and no base annotation, everything is {@link Attribution#OWN}. With a known base
 * whose diff IDs prefix the target's, layers below the base's layer count are {@link Attribution#BASE} and the rest
 * {@link Attribution#OWN}. When the target's {@value #BASE_NAME} or {@value #BASE_DIGEST} annotation claims a base
 * but no matching base is known, layer findings are {@link Attribution#UNKNOWN}. Config, label, environment and
 * history findings of an image built on a base are {@link Attribution#UNKNOWN} (they may be inherited); CI
 * environment findings are always {@link Attribution#OWN}.
 */
public final class Attributor {
    /** OCI annotation naming the base image. */
    public static final String BASE_NAME = "org.opencontainers.image.base.name";
    /** OCI annotation giving the base image's manifest digest. */
    public static final String BASE_DIGEST = "org.opencontainers.image.base.digest";

    private Attributor() {
    }

    /** The attribution of every finding of a report, by finding id; a finding in several targets gets the least certain. */
    public static Map<String, Attribution> attribute(ScanReport report, Optional<BaseImage> base) {
        Map<String, Attribution> out = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            Attribution a = attribute(f, report.targets().get(f.target()), base);
            out.merge(f.findingId(), a, Attributor::leastCertain);
        }
        return out;
    }

    static Attribution attribute(Finding finding, TargetInfo target, Optional<BaseImage> base) {
        if (finding.location().kind() == LocationKind.CI_ENV || !TargetInfo.IMAGE.equals(target.type())) {
            return Attribution.OWN;
        }
        Optional<Integer> baseLayers = base.flatMap(b -> b.baseLayerCount(target.diffIds()));
        boolean claimsBase = target.annotations().containsKey(BASE_NAME)
                || target.annotations().containsKey(BASE_DIGEST);
        if (baseLayers.isEmpty()) {
            return claimsBase ? Attribution.UNKNOWN : Attribution.OWN;
        }
        if (finding.location().layerIndex().isEmpty()) {
            return Attribution.UNKNOWN;
        }
        return finding.location().layerIndex().getAsInt() < baseLayers.get() ? Attribution.BASE : Attribution.OWN;
    }

    private static Attribution leastCertain(Attribution a, Attribution b) {
        if (a == b) {
            return a;
        }
        return Attribution.UNKNOWN;
    }
}
