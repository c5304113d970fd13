package fr.ctg.compose;

import fr.ctg.diagnostic.Diagnostic;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A document could not be composed. When a template is at fault, the diagnostic points at the place in
 * it ({@link Diagnostic#TEMPLATE_CODE}) and the message is its one-line form; otherwise the message, in
 * French, says which file.
 */
public final class CompositionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient @Nullable Diagnostic diagnostic;

    public CompositionException(String message) {
        super(message);
        this.diagnostic = null;
    }

    public CompositionException(String message, Throwable cause) {
        super(message, cause);
        this.diagnostic = null;
    }

    public CompositionException(Diagnostic diagnostic, @Nullable Throwable cause) {
        super(diagnostic.oneLine(), cause);
        this.diagnostic = diagnostic;
    }

    /** The place of a template at fault, when there is one. */
    public Optional<Diagnostic> diagnostic() {
        return Optional.ofNullable(diagnostic);
    }
}
