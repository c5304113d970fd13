package fr.ctg.write.pdf;

import fr.ctg.compose.ComposedDocument;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small DOM helpers for the XHTML namespace. */
final class Xhtml {

    private Xhtml() {
    }

    /** Elements in document order whose local name is one of {@code names}. */
    static List<Element> elements(Document document, String... names) {
        List<Element> found = new ArrayList<>();
        collect(document.getDocumentElement(), List.of(names), found);
        return found;
    }

    private static void collect(Element element, List<String> names, List<Element> found) {
        if (names.contains(element.getLocalName())) {
            found.add(element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, names, found);
            }
        }
    }

    static List<Element> withClass(Document document, String name, String cssClass) {
        return elements(document, name).stream().filter(e -> hasClass(e, cssClass)).toList();
    }

    static boolean hasClass(Element element, String cssClass) {
        for (String value : element.getAttribute("class").trim().split("\\s+")) {
            if (value.equals(cssClass)) {
                return true;
            }
        }
        return false;
    }

    static Element create(Document document, String name, String cssClass, String text) {
        Element element = document.createElementNS(ComposedDocument.XHTML_NAMESPACE, name);
        if (cssClass != null) {
            element.setAttribute("class", cssClass);
        }
        if (text != null) {
            element.setTextContent(text);
        }
        return element;
    }

    static Element head(Document document) {
        return first(document, "head");
    }

    static Element body(Document document) {
        return first(document, "body");
    }

    private static Element first(Document document, String name) {
        NodeList list = document.getElementsByTagNameNS(ComposedDocument.XHTML_NAMESPACE, name);
        if (list.getLength() == 0) {
            throw new PdfWriteException("Le document XHTML composé n’a pas d’élément <" + name + ">.");
        }
        return (Element) list.item(0);
    }

    /** The text of an element with its white space collapsed, as a reader sees it. */
    static String visibleText(Element element) {
        return element.getTextContent().replaceAll("[ \\t\\r\\n]+", " ").trim();
    }
}
