package fr.ctg.sign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the signed state into a convention's or an avenant's YAML text, line by line, so that its comments, order and
 * layout stay as staff wrote them: {@code statut: signee}, the signature date (under {@code signature:} in a
 * convention, the top-level {@code date:} of an avenant) and {@code empreinte_pdf_signe}. Only those lines change; a
 * missing one is added where it belongs.
 */
final class SignedStateEdit {

    private static final Pattern STATUT = Pattern.compile("^statut:.*$");
    private static final Pattern EMPREINTE = Pattern.compile("^empreinte_pdf_signe:.*$");
    private static final Pattern SIGNATURE = Pattern.compile("^signature:\\s*(#.*)?$");
    private static final Pattern SIGNATURE_DATE = Pattern.compile("^(\\s+)date:.*$");
    private static final Pattern AVENANT_DATE = Pattern.compile("^date:.*$");
    private static final Pattern TOP_LEVEL = Pattern.compile("^[^\\s#].*$");

    private SignedStateEdit() {
    }

    static String convention(String yaml, LocalDate signedOn, String sha256) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        replaceOrAppend(lines, STATUT, "statut: signee");
        setSignatureDate(lines, signedOn);
        replaceOrAppend(lines, EMPREINTE, "empreinte_pdf_signe: " + sha256);
        return String.join("\n", lines) + "\n";
    }

    static String avenant(String yaml, LocalDate signedOn, String sha256) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        replaceOrAppend(lines, STATUT, "statut: signee");
        replaceOrAppend(lines, AVENANT_DATE, "date: " + signedOn);
        replaceOrAppend(lines, EMPREINTE, "empreinte_pdf_signe: " + sha256);
        return String.join("\n", lines) + "\n";
    }

    private static void replaceOrAppend(List<String> lines, Pattern key, String line) {
        for (int i = 0; i < lines.size(); i++) {
            if (key.matcher(lines.get(i)).matches()) {
                lines.set(i, line);
                return;
            }
        }
        lines.add(line);
    }

    /** The {@code date:} of the {@code signature:} block, replaced or added first in the block; the block added if none. */
    private static void setSignatureDate(List<String> lines, LocalDate signedOn) {
        for (int i = 0; i < lines.size(); i++) {
            if (!SIGNATURE.matcher(lines.get(i)).matches()) {
                continue;
            }
            String indent = "  ";
            for (int j = i + 1; j < lines.size() && !TOP_LEVEL.matcher(lines.get(j)).matches(); j++) {
                var date = SIGNATURE_DATE.matcher(lines.get(j));
                if (date.matches()) {
                    lines.set(j, date.group(1) + "date: " + signedOn);
                    return;
                }
                if (!lines.get(j).isBlank()) {
                    indent = lines.get(j).substring(0, lines.get(j).length() - lines.get(j).stripLeading().length());
                }
            }
            lines.add(i + 1, indent + "date: " + signedOn);
            return;
        }
        lines.add("signature:");
        lines.add("  date: " + signedOn);
    }
}
