package fr.ctg.diagnostic;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong, where, and how to fix it.
 *
 * @param code stable identifier such as {@code CTG-PERIODE-MAX}
 * @param position the faulty value, whole
 * @param message what is wrong, in French
 * @param hint how to fix it, in French
 * @param labels the other places involved, if any
 */
public record Diagnostic(Severity severity, String code, Position position, String message, @Nullable String hint, List<Label> labels) {

    public static final Comparator<Diagnostic> IN_FILE_ORDER = Comparator
            .comparing((Diagnostic d) -> d.position().file().toString())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::code);

    /** The code of every error found in a template, or in what a template produced. */
    public static final String TEMPLATE_CODE = "CTG-MODELE";

    public Diagnostic {
        message = QuotedValues.shorten(message);
        hint = hint == null ? null : QuotedValues.shorten(hint);
        labels = List.copyOf(labels);
    }

    public Diagnostic(Severity severity, String code, Position position, String message, @Nullable String hint) {
        this(severity, code, position, message, hint, List.of());
    }

    public static Diagnostic error(String code, Position position, String message, @Nullable String hint) {
        return new Diagnostic(Severity.ERROR, code, position, message, hint);
    }

    /**
     * An error in a template ({@link #TEMPLATE_CODE}), or in the document it composed, at a place of the template.
     *
     * @param template where the template is read from, see {@code fr.ctg.compose.TemplateFiles}
     */
    public static Diagnostic inTemplate(Position template, String message, @Nullable String hint) {
        return error(TEMPLATE_CODE, template, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line, compiler style: {@code file:line:column: error[CODE]: message}. */
    public String oneLine() {
        return position + ": " + severity.label() + "[" + code + "]: " + message;
    }
}
