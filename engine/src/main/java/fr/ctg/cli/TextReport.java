package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.SourceFile;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics the way compilers print them: position, severity and code, message, the offending line
 * with a caret under the column, then how to fix it.
 */
final class TextReport {

    private static final int MAX_EXCERPT_LENGTH = 160;
    private final Map<Path, List<String>> linesByFile = new HashMap<>();
    private final Map<Path, SourceFile> sources = new HashMap<>();

    void write(List<ValidationResult> results, PrintWriter out) {
        long errors = 0;
        long warnings = 0;
        for (ValidationResult result : results) {
            result.sources().forEach(source -> sources.put(source.path(), source));
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

    private void write(Diagnostic diagnostic, PrintWriter out) {
        out.println(diagnostic.oneLine());
        String line = line(diagnostic.position().file(), diagnostic.position().line());
        if (line != null) {
            String number = Integer.toString(diagnostic.position().line());
            String margin = " ".repeat(number.length());
            out.println(" " + margin + " |");
            out.println(" " + number + " | " + line);
            int column = Math.min(diagnostic.position().column(), line.length() + 1);
            out.println(" " + margin + " | " + " ".repeat(Math.max(0, column - 1)) + "^");
        }
        if (diagnostic.hint() != null) {
            out.println("   = aide : " + diagnostic.hint());
        }
        out.println();
    }

    private String line(Path file, int number) {
        List<String> lines = linesByFile.computeIfAbsent(file, this::lines);
        if (number < 1 || number > lines.size()) {
            return null;
        }
        String line = lines.get(number - 1).replace('\t', ' ');
        return line.length() > MAX_EXCERPT_LENGTH ? line.substring(0, MAX_EXCERPT_LENGTH) + "…" : line;
    }

    /** The lines of a file that was read, none for a file that was not (or is not text). */
    private List<String> lines(Path file) {
        SourceFile source = sources.get(file);
        if (source == null) {
            return List.of();
        }
        String text = new String(source.bytes(), StandardCharsets.UTF_8);
        return text.indexOf('\0') >= 0 ? List.of() : text.lines().toList();
    }

    static String summary(long errors, long warnings) {
        return errors + (errors > 1 ? " erreurs, " : " erreur, ") + warnings + (warnings > 1 ? " avertissements" : " avertissement");
    }
}
