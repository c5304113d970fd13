package fr.ctg.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.avenant.AvenantSchema;
import fr.ctg.repository.RepositorySchema;
import fr.ctg.style.StyleSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas committed at the repository's root, beside the conventions, are those the engine generates today. */
class CommittedSchemaTest {

    static Stream<Arguments> committedSchemas() {
        return Stream.of(
                Arguments.of(EditorValidation.CONVENTION_SCHEMA, new SchemaGenerator(), "./ctg schema"),
                Arguments.of(EditorValidation.AVENANT_SCHEMA, AvenantSchema.generator(), "./ctg schema --avenant"),
                Arguments.of(EditorValidation.SETTINGS_SCHEMA, RepositorySchema.generator(), "./ctg schema --depot"),
                Arguments.of(EditorValidation.STYLE_SCHEMA, StyleSchema.generator(), "./ctg schema --style"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("committedSchemas")
    void committedSchemaIsWhatTheModelGenerates(Path committed, SchemaGenerator generator, String command) throws Exception {
        String file = Path.of("conventions").resolve(committed.getFileName()).toString();

        assertEquals(generator.generateText(), Files.readString(committed, StandardCharsets.UTF_8),
                file + " ne correspond plus au modèle : régénérez-le avec " + command + " -o " + file);
    }
}
