package fr.ctg.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class LongTextSplittingTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static Document paragraph(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document dom = factory.newDocumentBuilder().newDocument();
        Element html = dom.createElementNS(XHTML, "html");
        Element p = dom.createElementNS(XHTML, "p");
        p.setTextContent(text);
        html.appendChild(p);
        dom.appendChild(html);
        return dom;
    }

    private static List<String> childTexts(Document dom) {
        List<String> texts = new ArrayList<>();
        for (Node child = dom.getDocumentElement().getFirstChild().getFirstChild(); child != null; child = child.getNextSibling()) {
            texts.add((child instanceof Element element ? element.getLocalName() + ":" : "") + child.getTextContent());
        }
        return texts;
    }

    @Test
    void anOrdinaryParagraphIsLeftAsItIs() throws Exception {
        String text = "Le multi-accueil est le seul mode d’accueil collectif du territoire. ".repeat(50);
        Document dom = paragraph(text);

        LongTextSplitting.apply(dom);

        assertEquals(List.of(text), childTexts(dom));
    }

    @Test
    void aLongParagraphBecomesSpansCutAfterASpaceWithTheSameText() throws Exception {
        String text = "Le multi-accueil est le seul mode d’accueil collectif du territoire. ".repeat(200);
        Document dom = paragraph(text);

        LongTextSplitting.apply(dom);

        List<String> spans = childTexts(dom);
        assertEquals(text.length() / 1000 + 1, spans.size());
        assertEquals(text, String.join("", spans).replace("span:", ""));
        for (String span : spans.subList(0, spans.size() - 1)) {
            assertTrue(span.startsWith("span:") && span.endsWith(" ") && span.length() <= "span:".length() + 1000, span);
        }
        assertEquals(XHTML, dom.getDocumentElement().getFirstChild().getFirstChild().getNamespaceURI());
    }

    @Test
    void aLongWordWithoutSpacesIsCutAtTheLengthWithoutSplittingASurrogatePair() throws Exception {
        String text = "a".repeat(999) + "\uD835\uDC9C" + "b".repeat(5_000);
        Document dom = paragraph(text);

        LongTextSplitting.apply(dom);

        List<String> spans = childTexts(dom);
        assertEquals("span:" + "a".repeat(999), spans.get(0));
        assertTrue(spans.get(1).startsWith("span:\uD835\uDC9Cb"), spans.get(1));
        assertEquals(text, String.join("", spans).replace("span:", ""));
    }
}
