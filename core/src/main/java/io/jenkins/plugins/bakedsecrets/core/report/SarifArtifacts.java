package io.jenkins.plugins.bakedsecrets.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run's {@code artifacts}: archives inside layers and the entries within them, each nested entry pointing at its
 * archive through {@code parentIndex}. Plain files need no artifact entry; their results carry the URI alone.
 */
final class SarifArtifacts {
    /** Separates an archive's path from the path of an entry inside it. */
    static final String ARCHIVE_SEPARATOR = "!/";
    private static final int ENTRY_OVERHEAD = 64;

    private record Artifact(String uri, int parentIndex) {
    }

    private final List<Artifact> artifacts = new ArrayList<>();
    private final Map<String, Integer> byChain = new HashMap<>();
    private long bytes;

    /** True when the path names an entry inside an archive. */
    static boolean isNested(String path) {
        return path.contains(ARCHIVE_SEPARATOR);
    }

    /** The index of the innermost artifact of a nested path, adding the chain of artifacts as needed. */
    int index(String path) {
        String[] parts = path.split(ARCHIVE_SEPARATOR, -1);
        int parent = -1;
        StringBuilder chain = new StringBuilder();
        for (String part : parts) {
            chain.append(part).append(ARCHIVE_SEPARATOR);
            Integer known = byChain.get(chain.toString());
            if (known == null) {
                known = artifacts.size();
                String uri = SarifUris.relative(part);
                artifacts.add(new Artifact(uri, parent));
                byChain.put(chain.toString(), known);
                bytes += uri.length() + ENTRY_OVERHEAD;
            }
            parent = known;
        }
        return parent;
    }

    /** The relative URI of the innermost part of a nested path. */
    static String innerUri(String path) {
        return SarifUris.relative(path.substring(path.lastIndexOf(ARCHIVE_SEPARATOR) + ARCHIVE_SEPARATOR.length()));
    }

    /** An estimate of the bytes the artifacts add to the file, for the size budget. */
    long bytes() {
        return bytes;
    }

    /** The number of artifacts so far; {@link #rollback(int)} returns to it. */
    int mark() {
        return artifacts.size();
    }

    /** Forgets artifacts added after a mark (those of a result that did not fit). */
    void rollback(int mark) {
        while (artifacts.size() > mark) {
            Artifact a = artifacts.remove(artifacts.size() - 1);
            bytes -= a.uri().length() + ENTRY_OVERHEAD;
        }
        byChain.values().removeIf(i -> i >= mark);
    }

    /** Writes the {@code artifacts} array. */
    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("artifacts");
        for (Artifact a : artifacts) {
            g.writeStartObject();
            g.writeObjectFieldStart("location");
            g.writeStringField("uri", a.uri());
            if (a.parentIndex() < 0) {
                g.writeStringField("uriBaseId", SarifResults.IMAGE_ROOT);
            }
            g.writeEndObject();
            if (a.parentIndex() >= 0) {
                g.writeNumberField("parentIndex", a.parentIndex());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
