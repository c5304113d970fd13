package fr.ctg.compose;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.Consumer;
import org.w3c.dom.Document;

/**
 * A composed document, checked against templates/XHTML.md: its DOM and its typed {@link Head}. The only input of
 * the PDF and DOCX writers. Immutable: each writer gets a copy of the DOM of its own, so both may work on it at
 * the same time.
 */
public final class ComposedDocument {

    /** The namespace of every element of a composed document. */
    public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

    private final Document dom;
    private final Head head;
    private final byte[] textSha256;

    private ComposedDocument(Document dom, Head head, byte[] textSha256) {
        this.dom = dom;
        this.head = head;
        this.textSha256 = textSha256;
    }

    /**
     * Reads a document that is already composed, for instance a test's. Its diagnostics point into the text itself,
     * named « document composé ».
     *
     * @throws CompositionException when it leaves the contract of templates/XHTML.md
     */
    public static ComposedDocument parse(String xhtml) throws CompositionException {
        return read(xhtml, OutputOrigins.linesOf(xhtml), TemplateFiles.NATIONAL, List.of());
    }

    /**
     * The composer's: the text the templates wrote, where each part comes from and where those templates are read
     * from, then the passes over the DOM.
     */
    static ComposedDocument read(String text, OutputOrigins origins, TemplateFiles files, List<Consumer<Document>> passes)
            throws CompositionException {
        XhtmlReader.Parsed parsed = XhtmlReader.read(text, origins, files);
        for (Consumer<Document> pass : passes) {
            pass.accept(parsed.dom());
        }
        return new ComposedDocument(parsed.dom(), Head.read(parsed.head(), parsed.headTags()), sha256(text));
    }

    public Head head() {
        return head;
    }

    /** A copy of the document's DOM, the caller's to change. */
    public synchronized Document copyOfDom() {
        return (Document) dom.cloneNode(true);
    }

    /** The SHA-256 of the text the templates composed, from which the whole document follows. */
    public byte[] textSha256() {
        return textSha256.clone();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est fourni par toute machine Java", e);
        }
    }
}
