package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FicheUniqueTest {

    @TempDir
    Path dossier;

    @Test
    void reportsASecondFicheWithTheSameNumberAndWhereTheFirstIs() {
        assertEquals(List.of("84:13: erreur[CTG-FICHE-DOUBLE]: le numéro de fiche 1.1 est déjà celui de la fiche « Maintenir l’offre"
                + " d’accueil du jeune enfant » (ligne 73) | donnez à cette fiche le numéro suivant de son axe"
                + " | 73:13-73:18 première fiche numérotée 1.1"),
                minimale().with("evaluation:\n", Fiches.fiche("1.1") + "evaluation:\n").diagnostics(dossier));
    }
}
