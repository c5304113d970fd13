package fr.ctg.compose;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.xml.SecureXml;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
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
 * a {@code <body>}. Any failure is a diagnostic ({@link fr.ctg.diagnostic.Diagnostic#TEMPLATE_CODE}) at the place of
 * the template that wrote the faulty markup, the tag underlined; an element left open is blamed where it was opened,
 * not where the parser noticed, and a label points at the closing tag that showed it.
 */
final class XhtmlReader extends DefaultHandler {

    private static final String REPLACE_ELEMENT = "remplacez cet élément par l’un de ceux de templates/XHTML.md : ";

    /** The document, and where the templates wrote its {@code <head>} and the head's own elements, for the head's checks. */
    record Parsed(Document dom, Element head, Map<Element, Position> headTags) {
    }

    private final String text;
    private final OutputOrigins origins;
    private final TemplateFiles files;
    private final int[] lineStarts;
    private final Document dom;
    private final Deque<Node> open = new ArrayDeque<>();
    private final Deque<Integer> openedAt = new ArrayDeque<>();
    private final StringBuilder pendingText = new StringBuilder();
    private Locator locator;
    private final Map<Element, Position> headTags = new IdentityHashMap<>();
    private int htmlTag;
    private Element head;
    private Element body;

    private XhtmlReader(String text, OutputOrigins origins, TemplateFiles files) {
        this.text = text;
        this.origins = origins;
        this.files = files;
        this.lineStarts = lineStarts(text);
        this.dom = newDocument();
        open.push(dom);
    }

    /** @param files where the templates that wrote the text are read from, for the diagnostics */
    static Parsed read(String text, OutputOrigins origins, TemplateFiles files) throws CompositionException {
        XhtmlReader reader = new XhtmlReader(text, origins, files);
        try {
            SecureXml.read(text, reader);
        } catch (Refusal refusal) {
            throw new CompositionException(refusal.diagnostic, null);
        } catch (SAXParseException malformed) {
            throw new CompositionException(reader.explain(malformed), malformed);
        } catch (SAXException e) {
            throw new CompositionException(reader.error(0, 0, "XHTML illisible (" + SecureXml.message(e) + ")", null), e);
        }
        if (reader.head == null || reader.body == null) {
            String missing = reader.head == null ? "head" : "body";
            throw new CompositionException(reader.errorOnTag(reader.htmlTag, "le document n’a pas de <" + missing + "> (templates/XHTML.md)",
                    reader.head == null ? "ajoutez <head>…</head> au début de <html>" : "ajoutez <body>…</body> après </head>"), null);
        }
        return new Parsed(reader.dom, reader.head, reader.headTags);
    }

    /** A check of the contract failed. */
    private static final class Refusal extends SAXException {
        private static final long serialVersionUID = 1L;

        private final transient Diagnostic diagnostic;

        Refusal(Diagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        flushText();
        int end = offset(locator.getLineNumber(), locator.getColumnNumber()) - 1;
        int at = Math.max(0, text.lastIndexOf('<', end));
        if (!ComposedDocument.XHTML_NAMESPACE.equals(uri)) {
            throw refusal(at, "l’élément <" + qName + "> est hors de l’espace de noms XHTML (" + ComposedDocument.XHTML_NAMESPACE + ")",
                    REPLACE_ELEMENT + XhtmlSubset.contentElements());
        }
        if (!XhtmlSubset.hasElement(localName)) {
            throw refusal(at, "l’élément <" + localName + "> n’est pas du sous-ensemble XHTML des documents (templates/XHTML.md)",
                    REPLACE_ELEMENT + XhtmlSubset.contentElements());
        }
        String outside = XhtmlSubset.classOutside(localName, attributes.getValue("class") == null ? "" : attributes.getValue("class"));
        if (outside != null) {
            throw refusal(at, "la classe « " + outside + " » n’est pas prévue pour <" + localName + "> (templates/XHTML.md : "
                    + XhtmlSubset.classesOf(localName) + ")", "retirez la classe « " + outside + " »" + (!XhtmlSubset.takesClasses(localName)
                            ? " : <" + localName + "> n’en prend aucune" : ", ou remplacez-la par l’une de celles-ci"));
        }
        if (open.size() > XhtmlSubset.MAX_DEPTH) {
            throw refusal(at, "les éléments du document sont imbriqués sur plus de " + XhtmlSubset.MAX_DEPTH + " niveaux (templates/XHTML.md)",
                    "fermez chaque élément avant d’en ouvrir un autre dans une boucle : un document en imbrique une quinzaine");
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
            throw refusal(at, "le document doit commencer par <html>, pas par <" + localName + ">",
                    "faites commencer le document par <html xmlns=\"" + ComposedDocument.XHTML_NAMESPACE + "\">");
        }
        parent.appendChild(element);
        if (parent == dom) {
            htmlTag = at;
        } else if (localName.equals("head") && head == null) {
            head = element;
        } else if (localName.equals("body") && body == null) {
            body = element;
        }
        if (element == head || parent == head && head != null) {
            headTags.put(element, tag(at));
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

    private Refusal refusal(int tag, String message, String hint) {
        return new Refusal(errorOnTag(tag, message, hint));
    }

    /** A well-formedness error, blamed on the element left open when a closing tag or the end shows it. */
    private Diagnostic explain(SAXParseException error) {
        int at = error.getLineNumber() < 0 ? text.length() : offset(error.getLineNumber(), error.getColumnNumber());
        if (open.size() > 1) {
            String innermost = ((Element) open.peek()).getTagName();
            String closing = closingTagBefore(at);
            if (closing == null && at >= text.strip().length()) {
                return errorOnTag(openedAt.peek(), "la balise <" + innermost + "> n’est jamais fermée (le document finit avant </" + innermost + ">)",
                        "fermez-la par </" + innermost + "> à la fin du document");
            }
            if (closing != null && !closing.equals(innermost)) {
                int closingTag = text.lastIndexOf("</", Math.min(at, text.length()) - 1);
                if (isOpen(closing)) {
                    return errorOnTag(openedAt.peek(), "la balise <" + innermost + "> n’est jamais fermée (</" + closing + "> arrive avant </"
                            + innermost + ">)", "fermez la balise <" + innermost + "> par </" + innermost + "> avant </" + closing + ">",
                            new Label(tag(closingTag), "</" + closing + "> arrive ici"));
                }
                return errorOnTag(closingTag, "la balise fermante </" + closing + "> ne ferme aucune balise ouverte (<" + innermost
                        + "> est ouverte)", "retirez cette balise fermante, ou ouvrez <" + closing + "> avant elle",
                        new Label(tag(openedAt.peek()), "<" + innermost + "> est ouverte ici"));
            }
        }
        return error(at, at, "XHTML mal formé (" + SecureXml.message(error) + ")",
                "écrivez du XML bien formé : chaque balise fermée dans l’ordre où elle s’ouvre, « & » et « < » écrits « &amp; » et « &lt; »");
    }

    /** An error on the tag that starts at {@code tag}, the whole tag underlined. */
    private Diagnostic errorOnTag(int tag, String message, @Nullable String hint, Label... labels) {
        return error(tag, tagEnd(tag), message, hint, labels);
    }

    /** An error on the text from offset {@code first} to offset {@code last}, included. */
    private Diagnostic error(int first, int last, String message, @Nullable String hint, Label... labels) {
        return files.error(origins.of(first), origins.of(last), message, hint, List.of(labels));
    }

    /** Where the templates wrote the tag that starts at {@code tag}. */
    private Position tag(int tag) {
        return files.position(origins.of(tag), origins.of(tagEnd(tag)));
    }

    private int tagEnd(int tag) {
        int end = text.indexOf('>', tag);
        return end < 0 ? tag : end;
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
