package fr.ctg.model;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a financer paid a beneficiary in a year, line by line.
 *
 * @param total the stated total, which must equal the sum of the lines
 */
public record Financement(
        int annee,
        String financeur,
        String beneficiaire,
        List<LigneFinancement> lignes,
        @Nullable BigDecimal total) {
}
