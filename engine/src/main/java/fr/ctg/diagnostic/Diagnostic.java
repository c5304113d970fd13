package fr.ctg.diagnostic;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong, where, and how to fix it.
 *
 * @param code stable identifier such as {@code CTG-PERIODE-MAX}
 * @param message what is wrong, in French
 * @param hint how to fix it, in French
 */
public record Diagnostic(Severity severity, String code, Position position, String message, @Nullable String hint) {

    public static final Comparator<Diagnostic> IN_FILE_ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file().toString())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::code);

    public static Diagnostic error(String code, Position position, String message, @Nullable String hint) {
        return new Diagnostic(Severity.ERROR, code, position, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line, compiler style: {@code file:line:column: error[CODE]: message}. */
    public String oneLine() {
        return position + ": " + severity.label() + "[" + code + "]: " + message;
    }
}
