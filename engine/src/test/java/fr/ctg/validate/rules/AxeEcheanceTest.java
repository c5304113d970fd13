package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AxeEcheanceTest {

    @TempDir
    Path dossier;

    @Test
    void reportsADeadlineAfterTheEndOfTheConvention() {
        assertEquals(List.of("71:25: erreur[CTG-AXE-ECHEANCE]: les fiches de l’axe 2 sont promises par avenant au plus tard le 31/03/2029,"
                + " après la fin de la convention (31/12/2028) | choisissez une date entre le 01/01/2024 et le 31/12/2028"
                + " | 8:8-8:18 fin de la convention"),
                minimale().with("fiches_par_avenant: 2024-06-30", "fiches_par_avenant: 2029-03-31").diagnostics(dossier));
    }

    @Test
    void reportsADeadlineBeforeTheStartOfTheConvention() {
        assertEquals(List.of("71:25: erreur[CTG-AXE-ECHEANCE]: les fiches de l’axe 2 sont promises par avenant au plus tard le 31/12/2023,"
                + " avant le début de la convention (01/01/2024) | choisissez une date entre le 01/01/2024 et le 31/12/2028"
                + " | 7:10-7:20 début de la convention"),
                minimale().with("fiches_par_avenant: 2024-06-30", "fiches_par_avenant: 2023-12-31").diagnostics(dossier));
    }
}
