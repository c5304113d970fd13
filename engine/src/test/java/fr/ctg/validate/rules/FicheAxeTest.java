package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FicheAxeTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAMalformedNumberWithItsLikelyForm() {
        assertEquals(List.of("67:14: erreur[CTG-FICHE-MANQUANTE]: l’axe 1 liste la fiche 1.1, qui n’existe pas dans « fiches_actions »"
                + " | ajoutez la fiche 1.1 à « fiches_actions », ou retirez-la de l’axe 1",
                "73:13: erreur[CTG-FICHE-AXE]: le numéro de fiche « 1-1 » n’a pas la forme AXE.N | écrivez « 1.1 »"),
                minimale().with("  - numero: \"1.1\"", "  - numero: \"1-1\"").diagnostics(dossier));
    }

    @Test
    void reportsAFicheOfAnAxisThatDoesNotExist() {
        assertEquals(List.of("84:13: erreur[CTG-FICHE-AXE]: la fiche 3.1 se rattache à l’axe 3, qui n’existe pas | axes existants : 1, 2"),
                minimale().with("evaluation:\n", Fiches.fiche("3.1") + "evaluation:\n").diagnostics(dossier));
    }

    @Test
    void reportsAnAxisListingTheFicheOfAnotherAxis() {
        assertEquals(List.of("67:21: erreur[CTG-FICHE-AXE]: l’axe 1 liste la fiche 2.1, dont le numéro la rattache à l’axe 2 | déplacez"
                + " « 2.1 » dans les fiches de l’axe 2, ou renumérotez la fiche en « 1.1 »"),
                minimale().with("fiches: [\"1.1\"]", "fiches: [\"1.1\", \"2.1\"]").with("evaluation:\n", Fiches.fiche("2.1") + "evaluation:\n")
                        .diagnostics(dossier));
    }
}
