package fr.ctg.write.docx;

import fr.ctg.compose.ComposedDocument;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The text of an XHTML body as lines, the same way {@link DocxText} reads a DOCX: block elements and br end lines. */
final class XhtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "ul", "ol", "li", "table", "thead",
        "tbody", "tr", "th", "td", "div", "nav", "body");

    private XhtmlText() {
    }

    static List<String> lines(ComposedDocument document) {
        Element body = (Element) document.copyOfDom().getElementsByTagNameNS(ComposedDocument.XHTML_NAMESPACE, "body").item(0);
        StringBuilder text = new StringBuilder();
        append(body, text);
        return DocxText.normalizedLines(text.toString());
    }

    private static void append(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (Dom.isText(child)) {
                text.append(Whitespace.collapse(child.getNodeValue()));
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                String name = child.getLocalName();
                boolean block = BLOCKS.contains(name) || name.equals("br");
                if (block) {
                    text.append('\n');
                }
                append(child, text);
                if (block) {
                    text.append('\n');
                }
            }
        }
    }
}
