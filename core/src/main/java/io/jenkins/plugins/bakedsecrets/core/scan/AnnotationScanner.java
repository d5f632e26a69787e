package io.jenkins.plugins.bakedsecrets.core.scan;

import io.jenkins.plugins.bakedsecrets.core.detect.SecretDetector;
import io.jenkins.plugins.bakedsecrets.core.finding.DetectedSecret;
import io.jenkins.plugins.bakedsecrets.core.finding.Location;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.image.ImageTarget;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Scans the annotations of an image's manifest and of the index entries and indexes that lead to it. They ship with
 * the image to every registry, and build tools fill them from build arguments and CI variables.
 */
final class AnnotationScanner {
    /** The {@code field} of an annotation of the manifest itself. */
    static final String MANIFEST = "manifest";
    /** The {@code field} of an annotation of an index entry or an index. */
    static final String INDEX = "index";

    private final SecretDetector detector;

    AnnotationScanner(SecretDetector detector) {
        this.detector = detector;
    }

    void scan(ImageTarget image, Consumer<DetectedSecret> sink) {
        scan(MANIFEST, image.annotations(), sink);
        image.indexAnnotations().forEach(annotations -> scan(INDEX, annotations, sink));
    }

    private void scan(String field, Map<String, String> annotations, Consumer<DetectedSecret> sink) {
        Location base = Location.of(LocationKind.ANNOTATION).field(field).build();
        annotations.forEach((key, value) -> detector.scanKeyValue(base, key, value, sink));
    }
}
