package fr.ctg.compose;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Moves the new texts of articles into a composed consolidated convention. The articles' text lives in
 * the templates, so the consolidated template composes each replacement in a
 * {@code <div class="remplacement-article" data-article="10" [data-paragraphe="2"]>} at the end of the
 * body; here its content takes the place of the article's whole text (everything between the article's
 * {@code <h1 id="article-10">} and the next {@code <h1>}) or of its n-th paragraph, in document order.
 */
final class ArticleTexts {

    static final String REPLACEMENT_CLASS = "remplacement-article";

    private ArticleTexts() {
    }

    /** Every replacement block moved into place, then removed. */
    static void apply(Document document) {
        List<Element> blocks = new ArrayList<>();
        List<Element> titles = new ArrayList<>();
        collect(document.getDocumentElement(), blocks, titles);
        for (Element block : blocks) {
            replace(titles, block);
            block.getParentNode().removeChild(block);
        }
    }

    private static void collect(Element element, List<Element> blocks, List<Element> titles) {
        if (isTitle(element)) {
            titles.add(element);
        } else if (element.getLocalName().equals("div") && REPLACEMENT_CLASS.equals(element.getAttribute("class"))) {
            blocks.add(element);
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, blocks, titles);
            }
        }
    }

    private static void replace(List<Element> titles, Element block) {
        String id = "article-" + block.getAttribute("data-article");
        Element title = titles.stream().filter(t -> t.getAttribute("id").equals(id)).findFirst().orElse(null);
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
}
