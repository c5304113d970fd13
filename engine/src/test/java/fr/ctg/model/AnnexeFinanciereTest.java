package fr.ctg.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnexeFinanciereTest {

    private static Financement financement(int annee, String financeur, String beneficiaire, String... montants) {
        return new Financement(annee, financeur, beneficiaire,
                List.of(montants).stream().map(m -> new LigneFinancement("ligne", new BigDecimal(m), null, null)).toList(), null);
    }

    @Test
    void groupsTheStatementsByYearInOrderThenByFinancerInTheOrderOfTheFile() {
        Financement caf2026 = financement(2026, "la Caf", "la CC", "100");
        Financement caf2025 = financement(2025, "la Caf", "la CC", "1000.50", "200");
        Financement cc2025 = financement(2025, "la CC", "le multi-accueil", "300");
        Financement cafCommune2025 = financement(2025, "la Caf", "la Commune", "49.50");

        AnnexeFinanciere annexe = AnnexeFinanciere.of(List.of(caf2026, caf2025, cc2025, cafCommune2025));

        assertEquals(new AnnexeFinanciere(List.of(
                new AnnexeFinanciere.Annee(2025, List.of(
                        new AnnexeFinanciere.Financeur("la Caf", List.of(caf2025, cafCommune2025), new BigDecimal("1250.00")),
                        new AnnexeFinanciere.Financeur("la CC", List.of(cc2025), new BigDecimal("300"))), new BigDecimal("1550.00")),
                new AnnexeFinanciere.Annee(2026, List.of(
                        new AnnexeFinanciere.Financeur("la Caf", List.of(caf2026), new BigDecimal("100"))), new BigDecimal("100"))),
                new BigDecimal("1650.00")), annexe);
    }
}
