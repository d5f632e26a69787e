package io.jenkins.plugins.bakedsecrets.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads the report and SARIF schemas and validates documents against them. */
public final class SchemaValidation {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaValidation() {
    }

    /** The project's report schema, read from {@code docs/} beside the module. */
    public static JsonSchema reportSchema() {
        try (InputStream in = Files.newInputStream(Path.of("../docs/report-schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SARIF 2.1.0 schema, copied into test resources. */
    public static JsonSchema sarifSchema() {
        try (InputStream in = SchemaValidation.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation errors of a document, as short strings (they name paths, not values). */
    public static Set<String> errors(JsonSchema schema, byte[] json) throws IOException {
        JsonNode node = MAPPER.readTree(json);
        Set<ValidationMessage> messages = schema.validate(node);
        return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }
}
