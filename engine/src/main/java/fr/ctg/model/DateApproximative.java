package fr.ctg.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A start as plans state it: a year ("2023"), a quarter ("2023-T2"), a month ("2023-04") or a day
 * ("2023-04-15"). It covers the days from {@link #firstDay()} to {@link #lastDay()}.
 */
public record DateApproximative(String texte, LocalDate firstDay, LocalDate lastDay) {

    private static final Pattern ANNEE = Pattern.compile("(\\d{4})");
    private static final Pattern TRIMESTRE = Pattern.compile("(\\d{4})-T([1-4])");
    private static final Pattern MOIS = Pattern.compile("(\\d{4})-(\\d{2})");

    /** Reads one of the four forms; empty when the text is none of them or not a real date. */
    public static Optional<DateApproximative> read(String texte) {
        try {
            Matcher m = ANNEE.matcher(texte);
            if (m.matches()) {
                int annee = Integer.parseInt(m.group(1));
                return Optional.of(new DateApproximative(texte, LocalDate.of(annee, 1, 1), LocalDate.of(annee, 12, 31)));
            }
            m = TRIMESTRE.matcher(texte);
            if (m.matches()) {
                YearMonth premierMois = YearMonth.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2);
                return Optional.of(new DateApproximative(texte, premierMois.atDay(1), premierMois.plusMonths(2).atEndOfMonth()));
            }
            m = MOIS.matcher(texte);
            if (m.matches()) {
                YearMonth mois = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(new DateApproximative(texte, mois.atDay(1), mois.atEndOfMonth()));
            }
            LocalDate jour = LocalDate.parse(texte);
            return Optional.of(new DateApproximative(texte, jour, jour));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return texte;
    }
}
