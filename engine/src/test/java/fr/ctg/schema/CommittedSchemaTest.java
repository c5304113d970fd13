package fr.ctg.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommittedSchemaTest {

    /** Tests run from the engine module; the schema lives at the repository's root. */
    static final Path COMMITTED = Path.of("..", "conventions", "ctg-convention.schema.json");

    @Test
    void committedSchemaIsWhatTheModelGenerates() throws Exception {
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);

        assertEquals(new SchemaGenerator().generateText(), committed,
                "conventions/ctg-convention.schema.json ne correspond plus au modèle : régénérez-le avec "
                        + "./ctg schema -o conventions/ctg-convention.schema.json");
    }
}
