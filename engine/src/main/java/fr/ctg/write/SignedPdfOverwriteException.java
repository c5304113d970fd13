package fr.ctg.write;

import java.io.IOException;

/** A new PDF would have replaced the signed original; the message is French and names both. */
public final class SignedPdfOverwriteException extends IOException {

    public SignedPdfOverwriteException(String message) {
        super(message);
    }
}
