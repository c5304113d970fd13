package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Diagnostics the way compilers print them: position, severity and code, message, the offending line
 * with the faulty value underlined ({@code ^^^}), the other places involved underlined with {@code ---}
 * and a note, then how to fix it.
 */
final class TextReport {

    private static final int MAX_EXCERPT_LENGTH = 160;
    private final SourceLines sources = new SourceLines();
    private final TerminalColours colours;

    TextReport() {
        this(TerminalColours.ofThisProcess());
    }

    TextReport(TerminalColours colours) {
        this.colours = colours;
    }

    void write(List<ValidationResult> results, PrintWriter out) {
        long errors = 0;
        long warnings = 0;
        for (ValidationResult result : results) {
            result.sources().forEach(sources::add);
            for (Diagnostic diagnostic : result.diagnostics()) {
                write(diagnostic, out);
            }
            errors += result.errors();
            warnings += result.warnings();
            out.println(result.file() + " : " + summary(result.errors(), result.warnings()));
        }
        if (results.size() > 1) {
            out.println(results.size() + " conventions vérifiées : " + summary(errors, warnings));
        }
    }

    /** One diagnostic, its excerpts and its hint, then a blank line. */
    void write(Diagnostic diagnostic, PrintWriter out) {
        String severityAndCode = diagnostic.severity().label() + "[" + diagnostic.code() + "]";
        out.println(diagnostic.oneLine().replaceFirst(Pattern.quote(": " + severityAndCode + ": "),
                Matcher.quoteReplacement(": " + colours.of(diagnostic.severity(), severityAndCode) + ": ")));
        int width = Integer.toString(diagnostic.position().line()).length();
        for (Label label : diagnostic.labels()) {
            width = Math.max(width, Integer.toString(label.position().line()).length());
        }
        String margin = " ".repeat(width);
        excerpt(diagnostic.position(), '^', diagnostic.severity(), "", margin, out);
        for (Label label : diagnostic.labels()) {
            if (!label.position().file().equals(diagnostic.position().file())) {
                out.println(margin + "::: " + label.position());
            }
            excerpt(label.position(), '-', null, " " + label.note(), margin, out);
        }
        if (diagnostic.hint() != null) {
            out.println(" " + margin + " = aide : " + diagnostic.hint());
        }
        out.println();
    }

    /** The line of this position, the value underlined; nothing when the line cannot be shown. */
    private void excerpt(Position position, char mark, @Nullable Severity colour, String note, String margin, PrintWriter out) {
        String line = line(position);
        if (line == null) {
            return;
        }
        String number = Integer.toString(position.line());
        out.println(" " + margin + " |");
        out.println(" " + " ".repeat(margin.length() - number.length()) + number + " | " + line);
        int start = Math.min(position.column(), line.length() + 1);
        int end = position.endLine() == position.line() ? Math.min(position.endColumn(), line.length() + 1) : lastCharacter(line) + 1;
        int length = Math.max(1, end - start);
        out.println(" " + margin + " | " + " ".repeat(Math.max(0, start - 1)) + marks(mark, length, colour) + note);
    }

    /** The value underlined, in the colour of the diagnostic's severity for the main place, plain for the others. */
    private String marks(char mark, int length, @Nullable Severity colour) {
        String marks = String.valueOf(mark).repeat(length);
        return colour == null ? marks : colours.of(colour, marks);
    }

    /** The column of the last character that is not a space, counting from 1. */
    private static int lastCharacter(String line) {
        return line.stripTrailing().length();
    }

    private String line(Position position) {
        List<String> lines = sources.lines(position.file());
        int number = position.line();
        if (number < 1 || number > lines.size()) {
            return null;
        }
        String line = lines.get(number - 1).replace('\t', ' ');
        return line.length() > MAX_EXCERPT_LENGTH ? line.substring(0, MAX_EXCERPT_LENGTH) + "…" : line;
    }

    static String summary(long errors, long warnings) {
        return errors + (errors > 1 ? " erreurs, " : " erreur, ") + warnings + (warnings > 1 ? " avertissements" : " avertissement");
    }
}
