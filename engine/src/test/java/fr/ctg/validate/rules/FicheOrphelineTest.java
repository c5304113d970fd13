package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FicheOrphelineTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAFicheNoAxisLists() {
        assertEquals(List.of("84:13: erreur[CTG-FICHE-ORPHELINE]: la fiche 1.2 n’est listée par aucun axe | ajoutez « 1.2 » aux « fiches »"
                + " de l’axe 1"),
                minimale().with("evaluation:\n", Fiches.fiche("1.2") + "evaluation:\n").diagnostics(dossier));
    }
}
