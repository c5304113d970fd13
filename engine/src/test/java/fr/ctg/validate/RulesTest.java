package fr.ctg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void everyRuleHasItsOwnStableCodeInTheTableOrder() {
        assertEquals(List.of("CTG-ID-DOSSIER", "CTG-ESPACE-RESERVE", "CTG-PERIODE-ORDRE", "CTG-PERIODE-MAX", "CTG-SIGNATURE",
                "CTG-EMPREINTE", "CTG-PARTIES", "CTG-PARTIE-DOUBLE", "CTG-REPRESENTANT", "CTG-SIREN", "CTG-NOM-CAF", "CTG-NOM-PARTIE", "CTG-ALTERNATIVE", "CTG-MOT-FORMULAIRE", "CTG-CARACTERE-PDF", "CTG-ACCORD", "CTG-REFERENCE-PARTIE",
                "CTG-DELIBERATION-MANQUANTE", "CTG-DELIBERATION-DATE", "CTG-DELIBERATION-TARDIVE", "CTG-DELIBERATION-ORGANE",
                "CTG-DELIBERATION-OBJET", "CTG-VOTES", "CTG-FICHIER", "CTG-SURCHARGE", "CTG-AXE-DOUBLE", "CTG-AXE-VIDE", "CTG-AXE-ECHEANCE", "CTG-DOMAINE", "CTG-FICHE-DOUBLE", "CTG-FICHE-AXE",
                "CTG-FICHE-MANQUANTE", "CTG-FICHE-ORPHELINE", "CTG-ACTION-HORS-PERIODE", "CTG-EVALUATION-ANNEE", "CTG-TOTAL",
                "CTG-MONTANT-NEGATIF", "CTG-LIGNE-INTITULE", "CTG-BAREME", "CTG-TRANSMISSION", "CTG-ACTES", "CTG-ACTES-SIGNEE", "CTG-ACTES-SIREN",
                "CTG-ACTES-DATE", "CTG-ACTES-NATURE"),
                Rules.all().stream().map(r -> r.description().code()).toList());
    }

    @Test
    void everyRuleSaysWhatItRequiresInOneFrenchSentence() {
        for (Rule<?> rule : Rules.all()) {
            String resume = rule.description().resume();
            assertTrue(resume.endsWith(".") && !resume.contains("\n") && Character.isUpperCase(resume.charAt(0)), rule.description().code());
        }
    }
}
