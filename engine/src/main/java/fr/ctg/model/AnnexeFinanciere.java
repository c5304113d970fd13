package fr.ctg.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The financing statements as the financial annex lays them out: by year (in order), then by financer (in the order
 * of the file), each with its total.
 */
public record AnnexeFinanciere(List<Annee> annees, BigDecimal total) {

    /** One year: its financers and what they pay together. */
    public record Annee(int annee, List<Financeur> financeurs, BigDecimal total) {
    }

    /** What one financer pays in a year, statement by statement (one per beneficiary). */
    public record Financeur(String nom, List<Financement> financements, BigDecimal total) {
    }

    public static AnnexeFinanciere of(List<Financement> financements) {
        Map<Integer, Map<String, List<Financement>>> byYear = new TreeMap<>();
        for (Financement financement : financements) {
            byYear.computeIfAbsent(financement.annee(), annee -> new LinkedHashMap<>())
                    .computeIfAbsent(financement.financeur(), financeur -> new ArrayList<>())
                    .add(financement);
        }
        List<Annee> annees = new ArrayList<>();
        byYear.forEach((annee, byFinancer) -> {
            List<Financeur> financeurs = new ArrayList<>();
            byFinancer.forEach((nom, statements) -> financeurs.add(new Financeur(nom, List.copyOf(statements),
                    sum(statements.stream().flatMap(f -> f.lignes().stream()).map(LigneFinancement::montant).toList()))));
            annees.add(new Annee(annee, List.copyOf(financeurs), sum(financeurs.stream().map(Financeur::total).toList())));
        });
        return new AnnexeFinanciere(List.copyOf(annees), sum(annees.stream().map(Annee::total).toList()));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
