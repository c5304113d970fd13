package fr.ctg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A failure the engine did not foresee: the user gets one French line and the place of a log file
 * holding the details; a stack trace never reaches the terminal.
 */
final class UnexpectedError {

    private UnexpectedError() {
    }

    static int report(Exception e, PrintWriter errors) {
        String log = writeLog(e);
        errors.println("ctg : erreur interne inattendue (" + e.getClass().getSimpleName() + "). "
                + (log == null ? "Aucun journal n’a pu être écrit." : "Détails dans " + log + " ; joignez ce fichier à votre signalement."));
        return Ctg.USAGE_OR_UNREADABLE;
    }

    private static String writeLog(Exception e) {
        try {
            Path log = Files.createTempFile("ctg-erreur-", ".log");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            return log.toString();
        } catch (IOException | RuntimeException ignored) {
            return null;
        }
    }
}
