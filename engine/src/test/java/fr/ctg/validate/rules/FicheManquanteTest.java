package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FicheManquanteTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAFicheListedByAnAxisThatDoesNotExist() {
        assertEquals(List.of("67:21: erreur[CTG-FICHE-MANQUANTE]: l’axe 1 liste la fiche 1.2, qui n’existe pas dans « fiches_actions »"
                + " | ajoutez la fiche 1.2 à « fiches_actions », ou retirez-la de l’axe 1"),
                minimale().with("fiches: [\"1.1\"]", "fiches: [\"1.1\", \"1.2\"]").diagnostics(dossier));
    }

    @Test
    void onlyWarnsInADraft() {
        assertEquals(List.of("67:21: avertissement[CTG-FICHE-MANQUANTE]: l’axe 1 liste la fiche 1.2, qui n’existe pas dans"
                + " « fiches_actions » | ajoutez la fiche 1.2 à « fiches_actions », ou retirez-la de l’axe 1"),
                minimale().with("fiches: [\"1.1\"]", "fiches: [\"1.1\", \"1.2\"]").with("statut: a_signer", "statut: projet")
                        .diagnostics(dossier));
    }
}
