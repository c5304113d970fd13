package fr.ctg.text;

import fr.ctg.model.DateApproximative;
import java.time.LocalDate;

/** When an action starts, as a fiche action says it: "Dès 2023", "À partir du deuxième trimestre 2023". */
public final class ApproximateDates {

    private static final String[] QUARTERS = {"premier", "deuxième", "troisième", "quatrième"};
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    private ApproximateDates() {
    }

    /** "Dès 2023", "À partir du deuxième trimestre 2023", "À partir d’avril 2023", "À partir du 15 avril 2023". */
    public static String startPhrase(DateApproximative start) {
        LocalDate first = start.firstDay();
        LocalDate last = start.lastDay();
        if (first.equals(last)) {
            return "À partir du " + FrenchDates.longForm(first);
        }
        if (first.getDayOfYear() == 1 && last.getMonthValue() == 12 && last.getDayOfMonth() == 31) {
            return "Dès " + first.getYear();
        }
        if (first.plusMonths(3).minusDays(1).equals(last)) {
            return "À partir du " + QUARTERS[(first.getMonthValue() - 1) / 3] + " trimestre " + first.getYear();
        }
        String month = MONTHS[first.getMonthValue() - 1];
        return "À partir " + Contractions.de(month) + "\u00a0" + first.getYear();
    }
}
