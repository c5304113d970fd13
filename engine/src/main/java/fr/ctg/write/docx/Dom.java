package fr.ctg.write.docx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading the XHTML tree. */
final class Dom {

    private Dom() {
    }

    static List<Element> childElements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) child);
            } else if (isText(child) && !Whitespace.trim(child.getNodeValue()).isEmpty()) {
                throw new XhtmlContractException("texte inattendu directement dans <" + name(parent) + "> : « "
                    + Whitespace.trim(child.getNodeValue()) + " »");
            }
        }
        return elements;
    }

    static boolean isText(Node node) {
        return node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE;
    }

    /** Local name of an element: all are XHTML ones, {@link fr.ctg.compose.ComposedDocument} sees to it. */
    static String name(Element element) {
        return element.getLocalName();
    }

    static boolean hasClass(Element element, String cssClass) {
        return Arrays.asList(element.getAttribute("class").trim().split("\\s+")).contains(cssClass);
    }
}
