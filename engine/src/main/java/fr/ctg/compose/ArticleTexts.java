package fr.ctg.compose;

import fr.ctg.model.avenant.ClauseChange.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Applies the avenants' changes to the text of the articles in a composed consolidated convention. The articles' text
 * lives in the templates, so the consolidated template composes each change in a
 * {@code <div class="modification-clause" data-operation="remplacement" data-cible="article-10">} block at the end of
 * the body, naming a clause by its id (templates/XHTML.md, « Clause ids »); here, in the order of the blocks, its
 * content replaces the clause ({@code remplacement}: an article's whole text, everything between its
 * {@code <h1 id="article-10">} and the next {@code <h1>}, or the paragraph with that id), follows it ({@code insertion}:
 * after the paragraph, or at the end of the article), or the clause goes ({@code suppression}: the paragraph, or the
 * article with its title). A clause the document does not hold (a paragraph its template leaves out for this
 * convention, or one an earlier change removed) is left as it is.
 */
final class ArticleTexts {

    static final String CHANGE_CLASS = "modification-clause";

    private ArticleTexts() {
    }

    /** Every change block applied, then removed. */
    static void apply(Document document) {
        List<Element> blocks = new ArrayList<>();
        Map<String, Element> clauses = new HashMap<>();
        collect(document.getDocumentElement(), blocks, clauses);
        Map<Element, Node> lastInserted = new HashMap<>();
        for (Element block : blocks) {
            Element clause = clauses.get(block.getAttribute("data-cible"));
            if (clause != null && clause.getParentNode() != null) {
                apply(operation(block), clause, block, lastInserted);
            }
            block.getParentNode().removeChild(block);
        }
    }

    private static Operation operation(Element block) {
        return Operation.valueOf(block.getAttribute("data-operation").toUpperCase(Locale.ROOT));
    }

    private static void collect(Element element, List<Element> blocks, Map<String, Element> clauses) {
        if (element.getLocalName().equals("div") && CHANGE_CLASS.equals(element.getAttribute("class"))) {
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

    /** An article's title stands for its text up to the next article; any other clause for itself. */
    private static void apply(Operation operation, Element clause, Element block, Map<Element, Node> lastInserted) {
        Node parent = clause.getParentNode();
        List<Node> text = isTitle(clause) ? textOf(clause) : List.of(clause);
        Node anchor = switch (operation) {
            case REMPLACEMENT, SUPPRESSION -> text.isEmpty() ? clause.getNextSibling() : text.get(text.size() - 1).getNextSibling();
            case INSERTION -> isTitle(clause) ? end(clause) : lastInserted.getOrDefault(clause, clause).getNextSibling();
        };
        if (operation != Operation.INSERTION) {
            text.forEach(parent::removeChild);
        }
        if (operation == Operation.SUPPRESSION && isTitle(clause)) {
            parent.removeChild(clause);
        }
        while (block.getFirstChild() != null) {
            Node moved = block.getFirstChild();
            parent.insertBefore(moved, anchor);
            lastInserted.put(clause, moved);
        }
    }

    private static List<Node> textOf(Element title) {
        List<Node> text = new ArrayList<>();
        for (Node n = title.getNextSibling(); n != null && !isTitle(n); n = n.getNextSibling()) {
            text.add(n);
        }
        return text;
    }

    /** What follows the article's last node: the next title, or nothing. */
    private static Node end(Element title) {
        Node n = title.getNextSibling();
        while (n != null && !isTitle(n)) {
            n = n.getNextSibling();
        }
        return n;
    }

    private static boolean isTitle(Node node) {
        return node instanceof Element e && e.getLocalName().equals("h1");
    }
}
