package io.jenkins.plugins.bakedsecrets.core.provenance;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a small YAML or JSON document (JSON is YAML) into {@link DocNode}s with positions. Governance files come
 * from repositories and build parameters, so the reader enforces hard limits on size, depth and node count.
 */
public final class DocReader {
    /** Largest accepted document. */
    public static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 32;
    static final int MAX_NODES = 100_000;

    private DocReader() {
    }

    /** Parses one document; {@code source} names it in error messages. */
    public static DocNode read(String source, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new DocumentException(source + ": larger than " + MAX_BYTES + " bytes");
        }
        try (JsonParser p = factory().createParser(content)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new DocumentException(source + ":1:1: the document is empty");
            }
            DocNode root = new Walk(source, p).node(0);
            if (p.nextToken() != null) {
                throw new DocumentException(position(source, p.currentTokenLocation())
                        + ": only one document is allowed");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new DocumentException(position(source, e.getLocation()) + ": " + firstLine(e.getOriginalMessage()),
                    e);
        } catch (IOException e) {
            throw new DocumentException(source + ": cannot be read: " + firstLine(e.getMessage()), e);
        }
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH + 2);
        options.setCodePointLimit(MAX_BYTES);
        return YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 2).build())
                .build();
    }

    static String position(String source, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return source;
        }
        return source + ":" + location.getLineNr() + ":" + Math.max(1, location.getColumnNr());
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "malformed document";
        }
        return message.strip().lines().findFirst().orElse("malformed document");
    }

    /** One pass over the token stream; counts nodes to bound memory. */
    private static final class Walk {
        private final String source;
        private final JsonParser p;
        private int nodes;

        Walk(String source, JsonParser p) {
            this.source = source;
            this.p = p;
        }

        DocNode node(int depth) throws IOException {
            String where = position(source, p.currentTokenLocation());
            if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
                throw new DocumentException(where + ": document too large or too deeply nested");
            }
            if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                // Jackson reports an alias as the anchor's name; reading it as a value would silently be wrong.
                throw new DocumentException(where + ": YAML aliases are not supported");
            }
            JsonToken t = p.currentToken();
            return switch (t) {
                case START_OBJECT -> map(where, depth);
                case START_ARRAY -> list(where, depth);
                case VALUE_STRING -> DocNode.scalar(DocNode.Kind.STRING, where, p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> DocNode.scalar(DocNode.Kind.NUMBER, where, p.getText());
                case VALUE_TRUE, VALUE_FALSE -> DocNode.scalar(DocNode.Kind.BOOLEAN, where,
                        String.valueOf(t == JsonToken.VALUE_TRUE));
                case VALUE_NULL -> DocNode.scalar(DocNode.Kind.NULL, where, "");
                default -> throw new DocumentException(where + ": unsupported value");
            };
        }

        private DocNode map(String where, int depth) throws IOException {
            Map<String, DocNode> fields = new LinkedHashMap<>();
            Map<String, String> keyPositions = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                String keyWhere = position(source, p.currentTokenLocation());
                if (fields.containsKey(key)) {
                    throw new DocumentException(keyWhere + ": duplicate key '" + key + "'");
                }
                p.nextToken();
                keyPositions.put(key, keyWhere);
                fields.put(key, node(depth + 1));
            }
            return DocNode.map(where, fields, keyPositions);
        }

        private DocNode list(String where, int depth) throws IOException {
            List<DocNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(depth + 1));
            }
            return DocNode.list(where, items);
        }
    }
}
