package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodeOrdonneeTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAnEndBeforeTheStartAndNothingThatDependsOnTheInvertedPeriod() {
        assertEquals(List.of("8:8: erreur[CTG-PERIODE-ORDRE]: la date de fin (31/12/2028) ne vient pas après la date de début (01/01/2029)"
                + " | vérifiez les deux dates de « periode » : la fin doit suivre le début | 7:10-7:20 date de début"),
                minimale().with("debut: 2024-01-01", "debut: 2029-01-01").diagnostics(dossier));
    }

    @Test
    void reportsAnEndOnTheStartDay() {
        assertEquals(List.of("8:8: erreur[CTG-PERIODE-ORDRE]: la date de fin (01/01/2024) ne vient pas après la date de début (01/01/2024)"
                + " | vérifiez les deux dates de « periode » : la fin doit suivre le début | 7:10-7:20 date de début",
                "71:25: erreur[CTG-AXE-ECHEANCE]: les fiches de l’axe 2 sont promises par avenant au plus tard le 30/06/2024, après la fin"
                + " de la convention (01/01/2024) | choisissez une date entre le 01/01/2024 et le 01/01/2024 | 8:8-8:18 fin de la convention",
                "85:22: erreur[CTG-EVALUATION-ANNEE]: l’évaluation serait déployée en 2028, hors des années de la convention (de 2024 à 2024)"
                + " | choisissez une année entre 2024 et 2024, en général la dernière, avant le renouvellement"),
                minimale().with("fin: 2028-12-31", "fin: 2024-01-01").diagnostics(dossier));
    }
}
