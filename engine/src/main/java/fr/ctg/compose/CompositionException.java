package fr.ctg.compose;

/** A document could not be composed; the message, in French, says which template and line, or which file. */
public final class CompositionException extends Exception {

    private static final long serialVersionUID = 1L;

    public CompositionException(String message) {
        super(message);
    }

    public CompositionException(String message, Throwable cause) {
        super(message, cause);
    }
}
