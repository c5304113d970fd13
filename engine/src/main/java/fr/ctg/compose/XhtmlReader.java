package fr.ctg.compose;

import fr.ctg.xml.SecureXml;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a composed text into its DOM, checking on the way what templates/XHTML.md promises the writers: well-formed,
 * every element and class in the subset, in the XHTML namespace, under an {@code <html>} with a {@code <head>} and
 * a {@code <body>}. Any failure names where the templates wrote the faulty markup; an element left open names where
 * it was opened, not where the parser noticed.
 */
final class XhtmlReader extends DefaultHandler {

    /** The document and where its {@code <head>} was written, for the head's own checks. */
    record Parsed(Document dom, Element head, String headOrigin) {
    }

    private final String text;
    private final OutputOrigins origins;
    private final int[] lineStarts;
    private final Document dom;
    private final Deque<Node> open = new ArrayDeque<>();
    private final Deque<Integer> openedAt = new ArrayDeque<>();
    private final StringBuilder pendingText = new StringBuilder();
    private Locator locator;
    private Element head;
    private String headOrigin;
    private Element body;

    private XhtmlReader(String text, OutputOrigins origins) {
        this.text = text;
        this.origins = origins;
        this.lineStarts = lineStarts(text);
        this.dom = newDocument();
        open.push(dom);
    }

    static Parsed read(String text, OutputOrigins origins) throws CompositionException {
        XhtmlReader reader = new XhtmlReader(text, origins);
        try {
            SecureXml.read(text, reader);
        } catch (Refusal refusal) {
            throw new CompositionException(refusal.getMessage());
        } catch (SAXParseException malformed) {
            throw new CompositionException(reader.explain(malformed), malformed);
        } catch (SAXException e) {
            throw new CompositionException(origins.of(0) + " : XHTML illisible (" + e.getMessage() + ")", e);
        }
        if (reader.head == null || reader.body == null) {
            throw new CompositionException(origins.of(0) + " : le document n’a pas de <" + (reader.head == null ? "head" : "body")
                    + "> (templates/XHTML.md)");
        }
        return new Parsed(reader.dom, reader.head, reader.headOrigin);
    }

    /** A check of the contract failed; the message is complete. */
    private static final class Refusal extends SAXException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        flushText();
        int at = offset(locator.getLineNumber(), locator.getColumnNumber()) - 1;
        if (!ComposedDocument.XHTML_NAMESPACE.equals(uri)) {
            throw refusal(at, "l’élément <" + qName + "> est hors de l’espace de noms XHTML (" + ComposedDocument.XHTML_NAMESPACE + ")");
        }
        if (!XhtmlSubset.hasElement(localName)) {
            throw refusal(at, "l’élément <" + localName + "> n’est pas du sous-ensemble XHTML des documents (templates/XHTML.md)");
        }
        String outside = XhtmlSubset.classOutside(localName, attributes.getValue("class") == null ? "" : attributes.getValue("class"));
        if (outside != null) {
            throw refusal(at, "la classe « " + outside + " » n’est pas prévue pour <" + localName + "> (templates/XHTML.md : "
                    + XhtmlSubset.classesOf(localName) + ")");
        }
        Element element = dom.createElementNS(uri, qName);
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.getQName(i);
            String namespace = name.equals("xmlns") || name.startsWith("xmlns:") ? XMLConstants.XMLNS_ATTRIBUTE_NS_URI
                    : attributes.getURI(i).isEmpty() ? null : attributes.getURI(i);
            element.setAttributeNS(namespace, name, attributes.getValue(i));
        }
        Node parent = open.peek();
        if (parent == dom && !localName.equals("html")) {
            throw refusal(at, "le document doit commencer par <html>, pas par <" + localName + ">");
        }
        parent.appendChild(element);
        if (localName.equals("head") && head == null) {
            head = element;
            headOrigin = origins.of(at);
        } else if (localName.equals("body") && body == null) {
            body = element;
        }
        open.push(element);
        openedAt.push(at);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        flushText();
        open.pop();
        openedAt.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        pendingText.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        pendingText.append(ch, start, length);
    }

    /** One text node for all the characters between two tags, as a DOM parser makes it. */
    private void flushText() {
        if (pendingText.length() > 0) {
            if (open.peek() != dom) {
                open.peek().appendChild(dom.createTextNode(pendingText.toString()));
            }
            pendingText.setLength(0);
        }
    }

    private Refusal refusal(int offset, String what) {
        return new Refusal(origins.of(offset) + " : " + what);
    }

    /** A well-formedness error, blamed on the element left open when a closing tag or the end shows it. */
    private String explain(SAXParseException error) {
        int at = error.getLineNumber() < 0 ? text.length() : offset(error.getLineNumber(), error.getColumnNumber());
        if (open.size() > 1) {
            Element innermost = (Element) open.peek();
            String closing = closingTagBefore(at);
            if (closing == null && at >= text.strip().length()) {
                return origins.of(openedAt.peek()) + " : la balise <" + innermost.getTagName() + "> n’est jamais fermée (le document finit avant </"
                        + innermost.getTagName() + ">)";
            }
            if (closing != null && !closing.equals(innermost.getTagName())) {
                int tag = text.lastIndexOf("</", Math.min(at, text.length()) - 1);
                if (isOpen(closing)) {
                    return origins.of(openedAt.peek()) + " : la balise <" + innermost.getTagName() + "> n’est jamais fermée (</" + closing
                            + "> arrive avant </" + innermost.getTagName() + ">, " + origins.of(tag) + ")";
                }
                return origins.of(tag) + " : la balise fermante </" + closing + "> ne ferme aucune balise ouverte (<"
                        + innermost.getTagName() + "> est ouverte, " + origins.of(openedAt.peek()) + ")";
            }
        }
        return origins.of(at) + " : XHTML mal formé (" + error.getMessage() + ")";
    }

    /** The name of the closing tag the parser was reading at {@code offset}, if it was reading one. */
    private String closingTagBefore(int offset) {
        int end = Math.min(offset, text.length());
        int tag = text.lastIndexOf('<', end - 1);
        if (tag < 0 || !text.startsWith("</", tag) || text.indexOf('>', tag) >= 0 && text.indexOf('>', tag) < end - 1) {
            return null;
        }
        int nameEnd = tag + 2;
        while (nameEnd < text.length() && !Character.isWhitespace(text.charAt(nameEnd)) && text.charAt(nameEnd) != '>') {
            nameEnd++;
        }
        return text.substring(tag + 2, nameEnd);
    }

    private boolean isOpen(String name) {
        return open.stream().anyMatch(node -> node instanceof Element element && element.getTagName().equals(name));
    }

    private int offset(int line, int column) {
        if (line < 1) {
            return 0;
        }
        int start = lineStarts[Math.min(line, lineStarts.length) - 1];
        return Math.min(text.length(), start + Math.max(column, 1) - 1);
    }

    private static int[] lineStarts(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("modèle objet XML indisponible", e);
        }
    }
}
