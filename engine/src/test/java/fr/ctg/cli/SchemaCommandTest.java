package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.avenant.AvenantSchema;
import fr.ctg.repository.RepositorySchema;
import fr.ctg.schema.SchemaGenerator;
import fr.ctg.style.StyleSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheSchemaByDefault() {
        assertEquals(new CliRun(0, new SchemaGenerator().generateText(), ""), ctg("schema"));
    }

    @Test
    void printsTheSchemaOfTheFileItsOptionNames() {
        assertEquals(new CliRun(0, AvenantSchema.generator().generateText(), ""), ctg("schema", "--avenant"));
        assertEquals(new CliRun(0, RepositorySchema.generator().generateText(), ""), ctg("schema", "--depot"));
        assertEquals(new CliRun(0, StyleSchema.generator().generateText(), ""), ctg("schema", "--style"));
    }

    @Test
    void refusesTwoFilesAtOnce() {
        CliRun run = ctg("schema", "--depot", "--style");

        assertEquals(2, run.code());
        assertEquals("ctg : les options --depot, --style s’excluent : n’en donnez qu’une", run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void writesTheSchemaToTheFileGiven() throws Exception {
        Path file = dir.resolve("schema.json");

        CliRun run = ctg("schema", "-o", file.toString());

        assertEquals(new CliRun(0, "", "ctg : schéma écrit dans " + file + "\n"), run);
        assertEquals(new SchemaGenerator().generateText(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void exitsWithTwoWhenTheFileCannotBeWritten() {
        Path file = dir.resolve("absent/schema.json");

        CliRun run = ctg("schema", "-o", file.toString());

        assertEquals(new CliRun(2, "", "ctg : impossible d’écrire " + file + " : son dossier n’existe pas\n"), run);
    }
}
