package fr.ctg.compose;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The elements and classes of templates/XHTML.md: the only ones a composed document may hold. */
final class XhtmlSubset {

    /** The frame of every document, written once by the macro of partials/document.ftlx. */
    private static final List<String> FRAME = List.of("html", "head", "meta", "title", "body");

    /** What the body may hold, in the order of templates/XHTML.md. */
    private static final List<String> CONTENT = List.of("h1", "h2", "h3", "p", "strong", "em", "br", "ul", "ol", "li", "table",
            "colgroup", "col", "thead", "tbody", "tr", "th", "td", "nav", "div");

    /** The classes of the elements that may have one. */
    private static final Map<String, Set<String>> CLASSES = Map.of(
            "p", Set.of("titre-document", "sous-titre", "centre", "droite", "note", "qualite", "nom"),
            "table", Set.of("constats", "equipements", "indicateurs"),
            "nav", Set.of("table-des-matieres"),
            "div", Set.of("saut-de-page", "signatures", "signature", "case-signature", "annexe-pdf", ArticleTexts.CHANGE_CLASS));

    /**
     * Elements nest at most this deep, <html> counted: a real document nests about fifteen, and the writers walk the
     * tree recursively (20 000 nested <div> overflowed the stack).
     */
    static final int MAX_DEPTH = 100;

    private XhtmlSubset() {
    }

    static boolean hasElement(String name) {
        return FRAME.contains(name) || CONTENT.contains(name);
    }

    /** The elements the body may hold, for a message. */
    static String contentElements() {
        return String.join(", ", CONTENT);
    }

    /** @return the first class of {@code classes} (a class attribute) that {@code element} may not have, else null */
    static String classOutside(String element, String classes) {
        for (String name : classes.strip().split("\\s+")) {
            if (!name.isEmpty() && !CLASSES.getOrDefault(element, Set.of()).contains(name)) {
                return name;
            }
        }
        return null;
    }

    static boolean takesClasses(String element) {
        return CLASSES.containsKey(element);
    }

    /** The classes an element may have, sorted, for a message. */
    static String classesOf(String element) {
        Set<String> classes = CLASSES.getOrDefault(element, Set.of());
        return classes.isEmpty() ? "aucune" : String.join(", ", classes.stream().sorted().toList());
    }
}
