package fr.ctg.write.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Heading tags that never skip a level (PDF/UA-1, 7.4.2): the first is H1 and each is at most one level below the
 * one before, whatever the templates wrote (a fiche action's h3 right under an avenant's article h1 is tagged H2).
 * Only the tags change: the page looks the same, the bookmarks already nest by rank.
 */
final class HeadingStructure {

    private static final List<String> TAGS = List.of("H1", "H2", "H3", "H4", "H5", "H6");

    private HeadingStructure() {
    }

    static void normalize(PDStructureTreeRoot root) {
        int previous = 0;
        Deque<PDStructureElement> pending = new ArrayDeque<>();
        pushKids(root, pending);
        while (!pending.isEmpty()) {
            PDStructureElement element = pending.pop();
            int level = TAGS.indexOf(element.getStructureType()) + 1;
            if (level > 0) {
                level = Math.min(level, previous + 1);
                element.setStructureType(TAGS.get(level - 1));
                previous = level;
            }
            pushKids(element, pending);
        }
    }

    /** In reverse, so that the elements come off the stack in document order. */
    private static void pushKids(PDStructureNode node, Deque<PDStructureElement> pending) {
        List<Object> kids = node.getKids();
        for (int i = kids.size() - 1; i >= 0; i--) {
            if (kids.get(i) instanceof PDStructureElement element) {
                pending.push(element);
            }
        }
    }
}
