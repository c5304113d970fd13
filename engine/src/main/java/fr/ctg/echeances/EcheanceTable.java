package fr.ctg.echeances;

import fr.ctg.text.FrenchDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Deadlines as a French table with aligned columns, then how many are late, to come and done. */
public final class EcheanceTable {

    private static final List<String> HEADERS = List.of("date", "convention", "échéance", "statut");
    private static final String SEPARATOR = " | ";
    /** A terminal of 100 columns, or a CI log, shows each line whole. */
    static final int MAX_WIDTH = 100;
    private static final int MIN_LABEL_WIDTH = 30;
    private static final int LABEL = 2;

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

    /**
     * The table's lines, each ending with a line break, at most {@link #MAX_WIDTH} columns wide: what is due wraps
     * within its column. Deadlines are shown in the order given.
     */
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
        int others = widths[0] + widths[1] + widths[3] + SEPARATOR.length() * (widths.length - 1);
        widths[LABEL] = Math.min(widths[LABEL], Math.max(MIN_LABEL_WIDTH, MAX_WIDTH - others));
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            List<String> labelLines = wrap(row.get(LABEL), widths[LABEL]);
            for (int line = 0; line < labelLines.size(); line++) {
                List<String> cells = new ArrayList<>(line == 0 ? row : List.of("", "", "", ""));
                cells.set(LABEL, labelLines.get(line));
                append(cells, widths, text);
            }
        }
        return text.append(summary(echeances, day)).append('\n').toString();
    }

    private static void append(List<String> cells, int[] widths, StringBuilder text) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            line.append(cell);
            if (i < widths.length - 1) {
                line.append(" ".repeat(Math.max(0, widths[i] - width(cell)))).append(SEPARATOR);
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** The words of the text in lines of at most {@code width} columns; a longer word has a line of its own. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && width(line.toString()) + 1 + width(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
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
