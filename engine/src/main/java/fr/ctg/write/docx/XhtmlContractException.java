package fr.ctg.write.docx;

/** The composed XHTML breaks the contract of {@code templates/XHTML.md}: a template bug, not a user error. */
public final class XhtmlContractException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    XhtmlContractException(String message) {
        super(message);
    }

    XhtmlContractException(String message, Throwable cause) {
        super(message, cause);
    }
}
