package fr.ctg.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What an editor says of a YAML file with the schema its first line names: the file read as YAML 1.2 (snakeyaml-engine,
 * the parser family of VS Code's YAML extension: {@code 2024-01-01} is a string, {@code yes} one too), checked by an
 * independent validator of the schema's own draft, formats asserted as editors do.
 */
final class EditorValidation {

    /** The committed schemas, at the repository's root; tests run from the engine module. */
    static final Path CONVENTION_SCHEMA = Path.of("..", "conventions", "ctg-convention.schema.json");
    static final Path AVENANT_SCHEMA = Path.of("..", "conventions", "ctg-avenant.schema.json");
    static final Path SETTINGS_SCHEMA = Path.of("..", "conventions", "ctg-depot.schema.json");
    static final Path STYLE_SCHEMA = Path.of("..", "conventions", "ctg-style.schema.json");

    private final JsonSchema schema;
    private final ObjectMapper json = new ObjectMapper();

    private EditorValidation(JsonNode schemaNode) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schemaNode)).getSchema(schemaNode, config);
    }

    static EditorValidation of(Path schemaFile) {
        try {
            return new EditorValidation(new ObjectMapper().readTree(Files.readString(schemaFile, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validator's messages, sorted; none for a file the schema accepts. */
    List<String> errors(String yaml) {
        Object document = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return schema.validate(json.valueToTree(document)).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    List<String> errors(Path file) {
        try {
            return errors(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
