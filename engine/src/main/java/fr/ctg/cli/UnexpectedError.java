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
        String journal = ecrireJournal(e);
        errors.println("ctg : erreur interne inattendue (" + e.getClass().getSimpleName() + "). "
                + (journal == null ? "Aucun journal n’a pu être écrit." : "Détails dans " + journal + " ; joignez ce fichier à votre signalement."));
        return Ctg.USAGE_OR_UNREADABLE;
    }

    private static String ecrireJournal(Exception e) {
        try {
            Path journal = Files.createTempFile("ctg-erreur-", ".log");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(journal, trace.toString(), StandardCharsets.UTF_8);
            return journal.toString();
        } catch (IOException | RuntimeException ignoree) {
            return null;
        }
    }
}
