package fr.ctg.compose;

import fr.ctg.model.Clauses.Clause;
import fr.ctg.model.Clauses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The clauses a composed document holds: every element whose id is a clause's, in document order. */
public final class ClauseIndex {

    /** How many words of a clause's text show what it is about. */
    static final int FIRST_WORDS = 10;

    private ClauseIndex() {
    }

    public static Clauses of(ComposedDocument document) {
        List<Clause> clauses = new ArrayList<>();
        collect(document.copyOfDom().getDocumentElement(), clauses);
        return new Clauses(clauses);
    }

    private static void collect(Element element, List<Clause> clauses) {
        String id = element.getAttribute("id");
        if (Clauses.isClauseId(id)) {
            clauses.add(new Clause(id, firstWords(element.getTextContent())));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, clauses);
            }
        }
    }

    /** The first words, spaces of any kind made ordinary, « … » when the text goes on. */
    static String firstWords(String text) {
        String[] words = text.strip().split("[\\s\\u00a0\\u202f]+");
        if (words.length <= FIRST_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.copyOf(words, FIRST_WORDS)) + " …";
    }
}
