package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AxeVideTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAnAxisWithNeitherFichesNorDeadline() {
        assertEquals(List.of("68:5: erreur[CTG-AXE-VIDE]: l’axe 2 (« Le soutien à la parentalité ») n’a ni fiches actions ni date limite"
                + " pour les apporter par avenant | listez ses fiches sous « fiches », ou indiquez « fiches_par_avenant: AAAA-MM-JJ »"),
                minimale().with("    fiches_par_avenant: 2024-06-30\n", "").diagnostics(dossier));
    }

    @Test
    void quotesADeadlineLeftToFillAndOnlyWarnsInADraft() {
        assertEquals(List.of("71:25: avertissement[CTG-AXE-VIDE]: la date limite de l’avenant qui apportera les fiches de l’axe 2 n’est"
                + " pas encore fixée : « XXXX » | indiquez cette date au format AAAA-MM-JJ"),
                minimale().with("fiches_par_avenant: 2024-06-30", "fiches_par_avenant: XXXX").with("statut: a_signer", "statut: projet")
                        .diagnostics(dossier));
    }
}
