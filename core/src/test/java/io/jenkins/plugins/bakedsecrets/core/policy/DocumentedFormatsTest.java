package io.jenkins.plugins.bakedsecrets.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.jenkins.plugins.bakedsecrets.core.provenance.ApprovalsFile;
import io.jenkins.plugins.bakedsecrets.core.provenance.Ownership;
import io.jenkins.plugins.bakedsecrets.core.provenance.RotationMark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps docs honest: every YAML example in the docs parses, and matches its JSON schema. */
class DocumentedFormatsTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static List<String> yamlBlocks(String file) throws IOException {
        String text = Files.readString(DOCS.resolve(file), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static JsonSchema schema(String file) throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DOCS.resolve(file), StandardCharsets.UTF_8));
    }

    @Test
    void shouldDocumentTheDefaultPolicyExactly() throws IOException {
        Policy documented = PolicyParser.parse("policy.md", yamlBlocks("policy.md").get(0));

        assertThat(documented.failOn()).isEqualTo(Policy.DEFAULT.failOn());
        assertThat(documented.toBuilder().build()).usingRecursiveComparison().ignoringFields("declared")
                .isEqualTo(Policy.DEFAULT);
    }

    @Test
    void shouldParseAndSchemaCheckEveryPolicyExample() throws IOException {
        JsonSchema schema = schema("policy-schema.json");
        List<String> blocks = yamlBlocks("policy.md");

        assertThat(blocks).hasSize(3);
        for (String block : blocks) {
            PolicyParser.parse("policy.md", block);
            assertThat(schema.validate(YAML.readTree(block))).as(block).isEmpty();
        }
    }

    @Test
    void shouldRejectInSchemaWhatTheParserRejects() throws IOException {
        JsonSchema schema = schema("policy-schema.json");

        assertThat(schema.validate(YAML.readTree("failon: {high: fail}\n"))).isNotEmpty();
        assertThat(schema.validate(YAML.readTree("requireOwner: \"yes\"\n"))).isNotEmpty();
        assertThat(schema.validate(YAML.readTree("coverageGaps: sometimes\n"))).isNotEmpty();
    }

    @Test
    void shouldParseEveryGovernanceExample() throws IOException {
        JsonSchema waiverSchema = schema("waivers-schema.json");
        int checked = 0;
        for (String block : yamlBlocks("governance.md")) {
            String kind = block.lines().findFirst().orElse("");
            byte[] bytes = block.getBytes(StandardCharsets.UTF_8);
            switch (kind) {
                case "# ownership.yaml" -> assertThat(Ownership.load("doc", bytes).team()).isEqualTo("payments");
                case "# approvals.yaml" -> assertThat(ApprovalsFile.load("doc", bytes)).hasSize(1);
                case "# rotations.yaml" -> assertThat(RotationMark.load("doc", bytes)).hasSize(1);
                case "# .baked-secrets.yaml" -> {
                    assertThat(Waivers.load("doc", bytes).waivers()).hasSize(2);
                    JsonNode tree = YAML.readTree(block);
                    assertThat(waiverSchema.validate(tree)).isEmpty();
                }
                default -> throw new AssertionError("unlabelled YAML example in governance.md: " + kind);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(4);
    }

    @Test
    void shouldRejectWaiverWithTwoSelectorsInSchema() throws IOException {
        JsonNode twoSelectors = YAML.readTree("waivers:\n  - findingId: bs1:00112233445566778899aabbccddeeff\n"
                + "    fingerprint: x\n    justification: j\n    owner: o\n    expires: 2025-01-01\n");

        assertThat(schema("waivers-schema.json").validate(twoSelectors)).isNotEmpty();
    }
}
