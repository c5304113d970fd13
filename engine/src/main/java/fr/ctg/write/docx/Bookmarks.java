package fr.ctg.write.docx;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.P;

/**
 * Bookmarks on headings, named after their XHTML id. Word only accepts names of at most 40 letters, digits
 * and underscores starting with a letter, so ids are adapted ({@code article-1} becomes {@code article_1});
 * numeric ids follow document order so the output is deterministic.
 */
final class Bookmarks {

    private static final int MAX_NAME = 40;

    private final Set<String> names = new HashSet<>();
    private int nextId;

    void wrap(P paragraph, String xhtmlId) {
        BigInteger id = BigInteger.valueOf(nextId++);
        CTBookmark start = Wml.FACTORY.createCTBookmark();
        start.setId(id);
        start.setName(uniqueName(xhtmlId));
        CTMarkupRange end = Wml.FACTORY.createCTMarkupRange();
        end.setId(id);
        paragraph.getContent().add(0, Wml.FACTORY.createPBookmarkStart(start));
        paragraph.getContent().add(Wml.FACTORY.createPBookmarkEnd(end));
    }

    private String uniqueName(String xhtmlId) {
        String base = wordName(xhtmlId);
        String name = base;
        for (int n = 2; !names.add(name); n++) {
            String suffix = "_" + n;
            name = base.substring(0, Math.min(base.length(), MAX_NAME - suffix.length())) + suffix;
        }
        return name;
    }

    static String wordName(String xhtmlId) {
        String name = xhtmlId.replaceAll("[^A-Za-z0-9_]", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "h_" + name;
        }
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
