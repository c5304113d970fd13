package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotalFinancementTest {

    @TempDir
    Path dossier;

    @Test
    void acceptsATotalThatIsTheSumOfItsLines() {
        assertEquals(List.of(), minimale().append(Financements.CAZALS_SALVIAC).diagnostics(dossier));
    }

    @Test
    void quotesBothAmountsInFrenchWhenTheTotalIsWrong() {
        assertEquals(List.of("97:12: erreur[CTG-TOTAL]: le total du financement 2024 de « Caf de l’Exemple » (248\u202f220,57\u00a0€) n’est"
                + " pas la somme de ses lignes (248\u202f220,56\u00a0€) | écrivez « total: 248220.56 », ou corrigez le montant d’une ligne"),
                minimale().append(Financements.CAZALS_SALVIAC.replace("total: 248220.56", "total: 248220.57")).diagnostics(dossier));
    }
}
