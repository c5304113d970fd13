package fr.ctg.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Moves the new texts of articles into a composed consolidated convention. The articles' text lives in
 * the templates, so the consolidated template composes each replacement in a
 * {@code <div class="remplacement-article" data-cible="article-10">} or {@code data-cible="article-8-al-2"} at the
 * end of the body, naming a clause by its id (templates/XHTML.md, « Clause ids »); here its content takes the place
 * of the article's whole text (everything between the article's {@code <h1 id="article-10">} and the next
 * {@code <h1>}) or of the paragraph with that id. A clause the document does not hold (a paragraph its template
 * leaves out for this convention) is left as it is.
 */
final class ArticleTexts {

    static final String REPLACEMENT_CLASS = "remplacement-article";

    private ArticleTexts() {
    }

    /** Every replacement block moved into place, then removed. */
    static void apply(Document document) {
        List<Element> blocks = new ArrayList<>();
        Map<String, Element> clauses = new HashMap<>();
        collect(document.getDocumentElement(), blocks, clauses);
        for (Element block : blocks) {
            Element clause = clauses.get(block.getAttribute("data-cible"));
            if (clause != null) {
                replace(clause, block);
            }
            block.getParentNode().removeChild(block);
        }
    }

    private static void collect(Element element, List<Element> blocks, Map<String, Element> clauses) {
        if (element.getLocalName().equals("div") && REPLACEMENT_CLASS.equals(element.getAttribute("class"))) {
            blocks.add(element);
            return;
        }
        if (element.hasAttribute("id")) {
            clauses.putIfAbsent(element.getAttribute("id"), element);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, blocks, clauses);
            }
        }
    }

    /** An article's title stands for all its text up to the next article; any other clause for itself. */
    private static void replace(Element clause, Element block) {
        List<Node> replaced = new ArrayList<>();
        if (isTitle(clause)) {
            for (Node n = clause.getNextSibling(); n != null && !isTitle(n); n = n.getNextSibling()) {
                replaced.add(n);
            }
        } else {
            replaced.add(clause);
        }
        Node parent = clause.getParentNode();
        Node anchor = replaced.isEmpty() ? clause.getNextSibling() : replaced.get(replaced.size() - 1).getNextSibling();
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
