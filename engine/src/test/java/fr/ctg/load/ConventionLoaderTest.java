package fr.ctg.load;

import static fr.ctg.load.LoadFixture.lines;
import static fr.ctg.load.LoadFixture.load;
import static fr.ctg.load.LoadFixture.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.model.Convention;
import fr.ctg.model.Statut;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheMinimalConventionWithoutDiagnostics() throws Exception {
        LoadResult result = load(dir, minimal());

        assertEquals(List.of(), lines(result));
        Convention convention = result.loadedConvention().orElseThrow();
        assertEquals("minimale", convention.id());
        assertEquals(Statut.A_SIGNER, convention.statut());
        assertEquals(LocalDate.of(2028, 12, 31), convention.periode().fin());
        assertEquals(List.of(), convention.visas());
    }

    @Test
    void remembersWhereEachValueWasWritten() throws Exception {
        LoadResult result = load(dir, minimal());

        YamlPath fin = YamlPath.root().field("periode").field("fin");
        YamlPath nom = YamlPath.root().field("parties").index(1).field("representants").index(0).field("nom");
        assertEquals("7:8-7:18", at(result, fin));
        assertEquals("2028-12-31", result.sources().rawText(fin));
        assertEquals("31:14-31:25", at(result, nom));
        assertEquals("Paul DURAND", result.sources().rawText(nom));
        assertEquals("6:3-8:1", at(result, YamlPath.root().field("periode")), "a mapping is found from its first key to the next line");
    }

    @Test
    void acceptsAUtf8ByteOrderMarkWithoutShiftingColumns() throws Exception {
        byte[] text = minimal().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        LoadResult result = load(dir, withBom);

        assertEquals(List.of(), lines(result));
        assertEquals("minimale", result.loadedConvention().orElseThrow().id());
        assertEquals("1:5-1:13", at(result, YamlPath.root().field("id")));
    }

    @Test
    void keepsNoConventionWhenTheFileHasAnError() throws Exception {
        LoadResult result = load(dir, LoadFixture.minimalWith("statut: a_signer", "statut: inconnu"));

        assertEquals(null, result.convention());
        assertEquals(1, result.diagnostics().size());
    }

    private static String at(LoadResult result, YamlPath path) {
        var position = result.sources().position(path);
        return position.line() + ":" + position.column() + "-" + position.endLine() + ":" + position.endColumn();
    }
}
