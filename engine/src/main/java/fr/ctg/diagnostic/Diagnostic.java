package fr.ctg.diagnostic;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong, where, and how to fix it.
 *
 * @param code stable identifier such as {@code CTG-PERIODE-MAX}
 * @param message what is wrong, in French
 * @param aide how to fix it, in French
 */
public record Diagnostic(Gravite gravite, String code, Position position, String message, @Nullable String aide) {

    public static final Comparator<Diagnostic> ORDRE_DU_FICHIER = Comparator
            .comparing((Diagnostic d) -> d.position().fichier().toString())
            .thenComparingInt(d -> d.position().ligne())
            .thenComparingInt(d -> d.position().colonne())
            .thenComparing(Diagnostic::code);

    public static Diagnostic erreur(String code, Position position, String message, @Nullable String aide) {
        return new Diagnostic(Gravite.ERREUR, code, position, message, aide);
    }

    public boolean estErreur() {
        return gravite == Gravite.ERREUR;
    }

    /** One line, compiler style: {@code file:line:column: erreur[CODE]: message}. */
    public String enUneLigne() {
        return position + ": " + gravite.libelle() + "[" + code + "]: " + message;
    }
}
