package fr.ctg.compose;

import java.util.Map;
import java.util.Set;

/** The elements and classes of templates/XHTML.md: the only ones a composed document may hold. */
final class XhtmlSubset {

    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "body", "h1", "h2", "h3", "p", "strong",
            "em", "br", "ul", "ol", "li", "table", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "nav", "div");

    /** The classes of the elements that may have one. */
    private static final Map<String, Set<String>> CLASSES = Map.of(
            "p", Set.of("titre-document", "sous-titre", "centre", "droite", "note", "qualite", "nom"),
            "table", Set.of("constats", "equipements", "indicateurs"),
            "nav", Set.of("table-des-matieres"),
            "div", Set.of("saut-de-page", "signatures", "signature", "case-signature", "annexe-pdf", ArticleTexts.REPLACEMENT_CLASS));

    private XhtmlSubset() {
    }

    static boolean hasElement(String name) {
        return ELEMENTS.contains(name);
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

    /** The classes an element may have, sorted, for a message. */
    static String classesOf(String element) {
        Set<String> classes = CLASSES.getOrDefault(element, Set.of());
        return classes.isEmpty() ? "aucune" : String.join(", ", classes.stream().sorted().toList());
    }
}
