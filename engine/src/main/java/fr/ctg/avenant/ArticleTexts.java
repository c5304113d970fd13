package fr.ctg.avenant;

import fr.ctg.xml.SecureXml;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Moves the new texts of articles into a composed consolidated convention. The articles' text lives in
 * the templates, so the consolidated template composes each replacement in a
 * {@code <div class="remplacement-article" data-article="10" [data-paragraphe="2"]>} at the end of the
 * body; here its content takes the place of the article's whole text (everything between the article's
 * {@code <h1 id="article-10">} and the next {@code <h1>}) or of its n-th paragraph, in document order.
 */
public final class ArticleTexts {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String REPLACEMENT_CLASS = "remplacement-article";

    /** The document with every replacement block moved into place; unchanged when it has none. */
    public String apply(String xhtml) {
        if (!xhtml.contains(REPLACEMENT_CLASS)) {
            return xhtml;
        }
        try {
            Document document = parse(xhtml);
            for (Element block : replacementBlocks(document)) {
                replace(document, block);
                block.getParentNode().removeChild(block);
            }
            return serialize(document);
        } catch (Exception e) {
            throw new IllegalStateException("document consolidé mal formé : " + e.getMessage(), e);
        }
    }

    private static void replace(Document document, Element block) {
        Element title = document.getElementById("article-" + block.getAttribute("data-article"));
        if (title == null) {
            return;
        }
        List<Node> body = new ArrayList<>();
        for (Node n = title.getNextSibling(); n != null && !isTitle(n); n = n.getNextSibling()) {
            body.add(n);
        }
        List<Node> replaced = body;
        Node anchor = body.isEmpty() ? title.getNextSibling() : body.get(body.size() - 1).getNextSibling();
        if (block.hasAttribute("data-paragraphe")) {
            int rank = Integer.parseInt(block.getAttribute("data-paragraphe"));
            List<Node> paragraphs = body.stream().filter(n -> n instanceof Element e && e.getLocalName().equals("p")).toList();
            if (rank > paragraphs.size()) {
                return;
            }
            replaced = List.of(paragraphs.get(rank - 1));
            anchor = replaced.get(0).getNextSibling();
        }
        Node parent = title.getParentNode();
        for (Node n : replaced) {
            parent.removeChild(n);
        }
        while (block.getFirstChild() != null) {
            parent.insertBefore(block.getFirstChild(), anchor);
        }
    }

    private static boolean isTitle(Node node) {
        return node instanceof Element e && e.getLocalName().equals("h1");
    }

    private static List<Element> replacementBlocks(Document document) {
        List<Element> blocks = new ArrayList<>();
        NodeList divs = document.getElementsByTagNameNS(XHTML, "div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (REPLACEMENT_CLASS.equals(div.getAttribute("class"))) {
                blocks.add(div);
            }
        }
        return blocks;
    }

    private static Document parse(String xhtml) throws Exception {
        Document document = SecureXml.parse(xhtml);
        NodeList all = document.getElementsByTagNameNS(XHTML, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("id")) {
                element.setIdAttribute("id", true);
            }
        }
        return document;
    }

    private static String serialize(Document document) throws Exception {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        var transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }
}
