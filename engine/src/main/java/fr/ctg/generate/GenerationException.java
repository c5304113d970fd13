package fr.ctg.generate;

/** A convention that could not be turned into documents; the message is French and says why. */
public final class GenerationException extends Exception {

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
