package fr.ctg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.LoadResult;
import fr.ctg.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticConventionsTest {

    private static final Path FORCALQUIER = Path.of("../conventions/forcalquier-2022-2024/convention.yaml");

    @Test
    void derivesValidConventionsEachInAFolderNamedAfterItsId(@TempDir Path dir) throws Exception {
        List<Path> files = new SyntheticConventions(Files.readString(FORCALQUIER, StandardCharsets.UTF_8)).write(dir, 3);

        assertEquals(List.of(dir.resolve("synthetique-0001/convention.yaml"), dir.resolve("synthetique-0002/convention.yaml"),
                dir.resolve("synthetique-0003/convention.yaml")), files);
        for (Path file : files) {
            LoadResult loaded = new ConventionLoader().load(file);
            List<Diagnostic> diagnostics = new Validator().validate(loaded);
            assertFalse(diagnostics.stream().anyMatch(Diagnostic::isError), diagnostics.toString());
            assertEquals(file.getParent().getFileName().toString(), loaded.convention().id());
        }
    }

    @Test
    void changesTheTerritoryThePlaceAndTheFigures() throws Exception {
        String text = new SyntheticConventions(Files.readString(FORCALQUIER, StandardCharsets.UTF_8)).text(7);

        assertTrue(text.contains("\nid: synthetique-0007\n"), text);
        assertTrue(text.contains("\nterritoire: Communauté de Communes du Pays synthétique n° 7\n"), text);
        assertTrue(text.contains("intitule_signature: Le Président de la Communauté de Communes du Pays synthétique n° 7\n"), text);
        assertFalse(text.contains("Communauté de Communes Pays de Forcalquier"));
        assertTrue(text.contains("\n  lieu: Ville synthétique n° 7\n"), text);
        assertTrue(text.contains("(ex : 49% de personnes seules à l’échelle du territoire et 67% de logements"), text);
        assertTrue(text.contains("plus de 257 personnes sont en attente"), text);
    }

    @Test
    void refusesATextWithoutIdOrTerritory() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticConventions("titre: Convention\n"));
    }
}
