package fr.ctg.avenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommittedAvenantSchemaTest {

    static final Path COMMITTED = Path.of("..", "conventions", "ctg-avenant.schema.json");

    @Test
    void le_schema_des_avenants_depose_est_celui_que_le_modele_genere() throws Exception {
        assertEquals(AvenantSchema.generator().generateText(), Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "conventions/ctg-avenant.schema.json ne correspond plus au modèle : régénérez-le avec "
                        + "./ctg schema --avenant -o conventions/ctg-avenant.schema.json");
    }
}
