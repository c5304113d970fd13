package fr.ctg.text;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dates as French legal texts write them: "1er janvier 2022", "31/12/2024", "3 ans et 2 mois". */
public final class FrenchDates {

    private static final DateTimeFormatter COURTE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final String[] MOIS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    private FrenchDates() {
    }

    /** "31/12/2024". */
    public static String shortForm(LocalDate date) {
        return COURTE.format(date);
    }

    /** "1er janvier 2022", "9 novembre 2022" (no-break spaces, so the date never splits across lines). */
    public static String longForm(LocalDate date) {
        String jour = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return jour + "\u00a0" + MOIS[date.getMonthValue() - 1] + "\u00a0" + date.getYear();
    }

    /** "3 ans", "1 an et 2 mois", "15 jours". */
    public static String duration(Period duration) {
        List<String> parties = new ArrayList<>();
        if (duration.getYears() > 0) {
            parties.add(duration.getYears() + (duration.getYears() > 1 ? " ans" : " an"));
        }
        if (duration.getMonths() > 0) {
            parties.add(duration.getMonths() + " mois");
        }
        if (duration.getDays() > 0 || parties.isEmpty()) {
            parties.add(duration.getDays() + (duration.getDays() > 1 ? " jours" : " jour"));
        }
        return String.join(" et ", parties);
    }
}
