package fr.ctg.generate;

import fr.ctg.compose.CompositionException;
import fr.ctg.diagnostic.Diagnostic;
import java.util.Optional;

/** A convention that could not be turned into documents; the message is French and says why. */
public final class GenerationException extends Exception {

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The place of a template at fault, when a template is. */
    public Optional<Diagnostic> diagnostic() {
        return getCause() instanceof CompositionException composition ? composition.diagnostic() : Optional.empty();
    }
}
