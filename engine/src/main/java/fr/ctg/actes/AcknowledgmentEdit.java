package fr.ctg.actes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the préfecture's acknowledgment into a convention's YAML text, line by line, so that its comments, order and
 * layout stay as staff wrote them: the {@code identifiant} and {@code date_reception} of {@code accuse_reception:},
 * replaced where they are, added to the block, or the block added at the end.
 */
final class AcknowledgmentEdit {

    private static final Pattern BLOCK = Pattern.compile("^accuse_reception:\\s*(#.*)?$");
    private static final Pattern TOP_LEVEL = Pattern.compile("^[^\\s#].*$");
    private static final String INDENT = "  ";

    private AcknowledgmentEdit() {
    }

    static String apply(String yaml, String identifiant, LocalDate dateReception) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            if (BLOCK.matcher(lines.get(i)).matches()) {
                header = i;
            }
        }
        if (header < 0) {
            lines.add("accuse_reception:");
            lines.add(INDENT + "identifiant: " + identifiant);
            lines.add(INDENT + "date_reception: " + dateReception);
        } else {
            setInBlock(lines, header, "date_reception", dateReception.toString());
            setInBlock(lines, header, "identifiant", identifiant);
        }
        return String.join("\n", lines) + "\n";
    }

    /** Replaces {@code key:} in the block that starts at {@code header}, or adds it first in the block. */
    private static void setInBlock(List<String> lines, int header, String key, String value) {
        Pattern line = Pattern.compile("^(\\s+)" + key + ":.*$");
        for (int j = header + 1; j < lines.size() && !TOP_LEVEL.matcher(lines.get(j)).matches(); j++) {
            Matcher found = line.matcher(lines.get(j));
            if (found.matches()) {
                lines.set(j, found.group(1) + key + ": " + value);
                return;
            }
        }
        lines.add(header + 1, INDENT + key + ": " + value);
    }
}
