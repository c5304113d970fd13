package fr.ctg.diagnostic;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A failure the engine did not foresee: one French sentence for the user, and the details in a log file; a stack
 * trace never reaches the terminal.
 */
public final class UnforeseenFailure {

    private UnforeseenFailure() {
    }

    /** « erreur interne inattendue (X). Détails dans LOG ; joignez ce fichier à votre signalement. », the log written. */
    public static String reported(Throwable failure) {
        String log = writeLog(failure);
        return "erreur interne inattendue (" + failure.getClass().getSimpleName() + "). "
                + (log == null ? "Aucun journal n’a pu être écrit." : "Détails dans " + log + " ; joignez ce fichier à votre signalement.");
    }

    private static String writeLog(Throwable failure) {
        try {
            Path log = Files.createTempFile("ctg-erreur-", ".log");
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            return log.toString();
        } catch (IOException | RuntimeException ignored) {
            return null;
        }
    }
}
