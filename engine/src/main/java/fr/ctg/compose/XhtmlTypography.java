package fr.ctg.compose;

import fr.ctg.text.Apostrophes;
import fr.ctg.text.FrenchSpacing;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * The last pass over a composed document: French typography on every text node, templates' and convention's text
 * alike. Attribute values are left as they are.
 */
final class XhtmlTypography {

    private XhtmlTypography() {
    }

    static void apply(Document document) {
        apply((Node) document);
    }

    private static void apply(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text) {
                String typeset = FrenchSpacing.apply(Apostrophes.typographic(text.getData()));
                if (!typeset.equals(text.getData())) {
                    text.setData(typeset);
                }
            } else {
                apply(child);
            }
        }
    }
}
