package fr.ctg.avenant.draft;

/** A draft that could not be written; the message is French and says why. */
public final class DraftException extends Exception {

    public DraftException(String message, Throwable cause) {
        super(message, cause);
    }

    public DraftException(String message) {
        super(message);
    }
}
