package fr.ctg.write.pdf;

/** The PDF cannot be produced from this document; the message, in French, says why. */
public final class PdfWriteException extends RuntimeException {

    public PdfWriteException(String message) {
        super(message);
    }

    public PdfWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
