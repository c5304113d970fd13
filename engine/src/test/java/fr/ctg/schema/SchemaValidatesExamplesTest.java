package fr.ctg.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.load.Placeholders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an editor using the schema says about a file, checked by an independent validator. */
class SchemaValidatesExamplesTest {

    private static final Path MINIMAL = Path.of("..", "examples", "minimale", "convention.yaml");

    private final EditorValidation editor = EditorValidation.of(EditorValidation.CONVENTION_SCHEMA);

    @Test
    void acceptsTheMinimalExample() {
        assertEquals(List.of(), editor.errors(MINIMAL));
    }

    @Test
    void acceptsTheFourFormsOfAnApproximateStart() throws Exception {
        String minimal = Files.readString(MINIMAL, StandardCharsets.UTF_8);
        for (String start : List.of("2024", "2024-T2", "2024-04", "2024-04-15")) {
            assertEquals(List.of(), editor.errors(minimal.replace("        debut: 2024\n", "        debut: " + start + "\n")), start);
        }
    }

    @Test
    void acceptsAPlaceholderWhereAProjetMayLeaveADateUnknownAndNowhereElse() throws Exception {
        String minimal = Files.readString(MINIMAL, StandardCharsets.UTF_8);

        assertEquals(List.of(), editor.errors(minimal.replace("  date: 2023-12-15", "  date: XXXX")));
        assertEquals(List.of(), editor.errors(minimal.replace("    date: 2023-11-20", "    date: XX/XX/20xx")));
        assertEquals(List.of("$.periode.debut: does not match the date pattern must be a valid RFC 3339 full-date"),
                editor.errors(minimal.replace("  debut: 2024-01-01", "  debut: XXXX")));
        assertEquals(List.of("$.signature.date: does not match the date pattern must be a valid RFC 3339 full-date",
                "$.signature.date: does not match the regex pattern " + Placeholders.REGEX,
                "$.signature.date: string found, null expected",
                "$.signature: object found, null expected"),
                editor.errors(minimal.replace("  date: 2023-12-15", "  date: 15/12/2023")));
    }

    @Test
    void refusesAnUnknownKeyAndAnUnknownEnumValue() throws Exception {
        String minimal = Files.readString(MINIMAL, StandardCharsets.UTF_8);
        String broken = minimal.replace("    public_vise:", "    publc_vise:").replace("statut: a_signer", "statut: brouillon");

        assertEquals(List.of(
                "$.fiches_actions[0]: property 'publc_vise' is not defined in the schema and the schema does not allow additional properties",
                "$.fiches_actions[0]: required property 'public_vise' not found",
                "$.statut: does not have a value in the enumeration [\"projet\", \"a_signer\", \"signee\"]"), editor.errors(broken));
    }
}
