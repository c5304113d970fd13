package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MontantPositifTest {

    @TempDir
    Path dossier;

    @Test
    void reportsANegativeLine() {
        assertEquals(List.of("94:18: erreur[CTG-MONTANT-NEGATIF]: le montant de la ligne « bonus territoire » est négatif"
                + " (-2\u202f585,73\u00a0€) | écrivez le montant sans signe moins"),
                minimale().append(Financements.CAZALS_SALVIAC.replace("montant: 2585.73", "montant: -2585.73")
                        .replace("total: 248220.56", "total: 243049.10")).diagnostics(dossier));
    }

    @Test
    void reportsANegativeBudget() {
        assertEquals(List.of("84:13: erreur[CTG-MONTANT-NEGATIF]: le budget de la fiche 1.1 est négatif (-500\u00a0€) | écrivez le"
                + " montant sans signe moins"),
                minimale().with("jeunes enfants\n", "jeunes enfants\n    budget: -500\n").diagnostics(dossier));
    }
}
