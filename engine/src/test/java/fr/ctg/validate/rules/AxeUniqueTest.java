package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AxeUniqueTest {

    @TempDir
    Path dossier;

    @Test
    void reportsASecondAxisWithTheSameNumber() {
        assertEquals(List.of("68:13: erreur[CTG-AXE-DOUBLE]: le numéro d’axe 1 est déjà celui de l’axe « La petite enfance » (ligne 64)"
                + " | numérotez les axes 1, 2, 3... sans doublon | 64:13-64:14 premier axe numéroté 1"),
                minimale().with("  - numero: 2\n", "  - numero: 1\n").diagnostics(dossier));
    }
}
