package fr.ctg.echeances;

import fr.ctg.text.FrenchDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Deadlines as a French table with aligned columns, then how many are late, to come and done. */
public final class EcheanceTable {

    private static final List<String> HEADERS = List.of("date", "convention", "échéance", "statut");
    private static final String SEPARATOR = " | ";

    private EcheanceTable() {
    }

    /** "en retard", "aujourd’hui", "demain", "dans 75 jours" or "fait". */
    public static String status(Echeance echeance, LocalDate day) {
        return switch (echeance.state(day)) {
            case DONE -> "fait";
            case LATE -> "en retard";
            case UPCOMING -> {
                long days = echeance.daysLeft(day);
                yield days == 0 ? "aujourd’hui" : days == 1 ? "demain" : "dans " + days + " jours";
            }
        };
    }

    /** The table's lines, each ending with a line break; deadlines are shown in the order given. */
    public static String write(List<Echeance> echeances, LocalDate day) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (Echeance echeance : echeances) {
            rows.add(List.of(FrenchDates.shortForm(echeance.date()), echeance.conventionId(), echeance.label(), status(echeance, day)));
        }
        int[] widths = new int[HEADERS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                text.append(cell);
                if (i < widths.length - 1) {
                    text.append(" ".repeat(widths[i] - width(cell))).append(SEPARATOR);
                }
            }
            text.append('\n');
        }
        return text.append(summary(echeances, day)).append('\n').toString();
    }

    /** "12 échéances : 2 en retard, 9 à venir, 1 faite". */
    static String summary(List<Echeance> echeances, LocalDate day) {
        long lateCount = echeances.stream().filter(e -> e.state(day) == State.LATE).count();
        long doneCount = echeances.stream().filter(e -> e.state(day) == State.DONE).count();
        long upcomingCount = echeances.size() - lateCount - doneCount;
        return echeances.size() + (echeances.size() > 1 ? " échéances : " : " échéance : ")
                + lateCount + " en retard, " + upcomingCount + " à venir, " + doneCount + (doneCount > 1 ? " faites" : " faite");
    }

    /** Columns are counted in characters as a terminal shows them; the model's texts are precomposed. */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
