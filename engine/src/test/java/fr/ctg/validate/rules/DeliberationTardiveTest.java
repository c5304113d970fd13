package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliberationTardiveTest {

    @TempDir
    Path dossier;

    @Test
    void reportsACollectivityThatDeliberatesAfterSigning() {
        assertEquals(List.of("37:11: erreur[CTG-DELIBERATION-TARDIVE]: la délibération de « cc » (20/12/2023) est postérieure à la"
                + " signature de la convention (15/12/2023) | une collectivité ne signe qu’après avoir délibéré : corrigez la date de la"
                + " délibération ou celle de la signature | 11:9-11:19 signature de la convention"),
                minimale().with("date: 2023-11-20", "date: 2023-12-20").diagnostics(dossier));
    }

    @Test
    void leavesTheCafBoardAlone() {
        assertEquals(List.of(), minimale().with("preambule:\n",
                "  - partie: caf\n    organe: conseil_administration\n    date: 2023-12-20\npreambule:\n").diagnostics(dossier));
    }
}
