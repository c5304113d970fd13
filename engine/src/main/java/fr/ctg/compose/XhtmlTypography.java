package fr.ctg.compose;

import fr.ctg.text.Apostrophes;
import fr.ctg.text.FrenchSpacing;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last pass over a composed document: French typography on every text node (templates and
 * convention text alike) and removal of the characters XML forbids. Attribute values are left as
 * they are: escaping guarantees that a text node is exactly what lies between "&gt;" and "&lt;".
 */
final class XhtmlTypography {

    private static final Pattern TEXT_NODE = Pattern.compile("(?<=>)[^<]+(?=<)");
    private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private XhtmlTypography() {
    }

    static String apply(String xhtml) {
        String valid = NOT_XML.matcher(xhtml).replaceAll("");
        Matcher text = TEXT_NODE.matcher(valid);
        return text.replaceAll(node -> Matcher.quoteReplacement(
                FrenchSpacing.apply(Apostrophes.typographic(node.group().replace("&#39;", "'")))));
    }
}
