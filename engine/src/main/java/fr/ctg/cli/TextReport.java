package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics the way compilers print them: position, severity and code, message, the offending line
 * with a caret under the column, then how to fix it.
 */
final class TextReport {

    private static final int LONGUEUR_MAXIMALE_EXTRAIT = 160;
    private final Map<Path, List<String>> lignesParFichier = new HashMap<>();

    void write(List<ValidationResult> resultats, PrintWriter sortie) {
        long errors = 0;
        long warnings = 0;
        for (ValidationResult resultat : resultats) {
            for (Diagnostic diagnostic : resultat.diagnostics()) {
                write(diagnostic, sortie);
            }
            errors += resultat.errors();
            warnings += resultat.warnings();
            sortie.println(resultat.file() + " : " + summary(resultat.errors(), resultat.warnings()));
        }
        if (resultats.size() > 1) {
            sortie.println(resultats.size() + " conventions vérifiées : " + summary(errors, warnings));
        }
    }

    private void write(Diagnostic diagnostic, PrintWriter sortie) {
        sortie.println(diagnostic.oneLine());
        String line = line(diagnostic.position().file(), diagnostic.position().line());
        if (line != null) {
            String numero = Integer.toString(diagnostic.position().line());
            String marge = " ".repeat(numero.length());
            sortie.println(" " + marge + " |");
            sortie.println(" " + numero + " | " + line);
            int column = Math.min(diagnostic.position().column(), line.length() + 1);
            sortie.println(" " + marge + " | " + " ".repeat(Math.max(0, column - 1)) + "^");
        }
        if (diagnostic.hint() != null) {
            sortie.println("   = aide : " + diagnostic.hint());
        }
        sortie.println();
    }

    private String line(Path file, int numero) {
        List<String> lignes = lignesParFichier.computeIfAbsent(file, TextReport::read);
        if (numero < 1 || numero > lignes.size()) {
            return null;
        }
        String line = lignes.get(numero - 1).replace('\t', ' ');
        return line.length() > LONGUEUR_MAXIMALE_EXTRAIT ? line.substring(0, LONGUEUR_MAXIMALE_EXTRAIT) + "…" : line;
    }

    private static List<String> read(Path file) {
        try {
            if (Files.size(file) > fr.ctg.load.YamlReader.MAX_SIZE_BYTES) {
                return List.of();
            }
            String texte = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return texte.indexOf('\0') >= 0 ? List.of() : texte.lines().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static String summary(long errors, long warnings) {
        return errors + (errors > 1 ? " erreurs, " : " erreur, ") + warnings + (warnings > 1 ? " avertissements" : " avertissement");
    }
}
