package fr.ctg.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an editor using the schema says about a file, checked by an independent validator. */
class SchemaValidatesExamplesTest {

    private static final Path MINIMAL = Path.of("..", "examples", "minimale", "convention.yaml");

    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(new SchemaGenerator().generate());
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    @Test
    void acceptsTheMinimalExample() throws Exception {
        assertEquals(List.of(), errors(Files.readString(MINIMAL, StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsTheFourFormsOfAnApproximateStart() throws Exception {
        String minimal = Files.readString(MINIMAL, StandardCharsets.UTF_8);
        for (String start : List.of("2024", "2024-T2", "2024-04", "2024-04-15")) {
            assertEquals(List.of(), errors(minimal.replace("        debut: 2024\n", "        debut: " + start + "\n")), start);
        }
    }

    @Test
    void refusesAnUnknownKeyAndAnUnknownEnumValue() throws Exception {
        String minimal = Files.readString(MINIMAL, StandardCharsets.UTF_8);
        String broken = minimal.replace("    public_vise:", "    publc_vise:").replace("statut: a_signer", "statut: brouillon");

        assertEquals(List.of(
                "$.fiches_actions[0]: property 'publc_vise' is not defined in the schema and the schema does not allow additional properties",
                "$.fiches_actions[0]: required property 'public_vise' not found",
                "$.statut: does not have a value in the enumeration [\"projet\", \"a_signer\", \"signee\"]"), errors(broken));
    }

    private List<String> errors(String text) throws Exception {
        JsonNode document = yaml.readTree(text);
        return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
