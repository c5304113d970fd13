package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationAnneeTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAnEvaluationYearAfterTheConvention() {
        assertEquals(List.of("85:22: erreur[CTG-EVALUATION-ANNEE]: l’évaluation serait déployée en 2030, hors des années de la convention"
                + " (de 2024 à 2028) | choisissez une année entre 2024 et 2028, en général la dernière, avant le renouvellement"),
                minimale().with("annee_deploiement: 2028", "annee_deploiement: 2030").diagnostics(dossier));
    }
}
