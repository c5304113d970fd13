package fr.ctg.write.docx;

/**
 * An element of the composed document stands where {@code templates/XHTML.md} does not put it (the nesting the DOCX
 * writer checks, {@link fr.ctg.compose.ComposedDocument} having checked the rest): a template bug, not a user error.
 */
public final class XhtmlContractException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    XhtmlContractException(String message) {
        super(message);
    }
}
