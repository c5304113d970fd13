package fr.ctg.load;

import java.io.IOException;

/** A file that cannot be opened or read at all (missing, a folder, no permission). */
public final class UnreadableInputException extends Exception {

    public UnreadableInputException(String message, IOException cause) {
        super(message, cause);
    }
}
