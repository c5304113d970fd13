package fr.ctg.validate.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page tree of a deliberation, walked without recursion before anything else reads it: PDFBox walks it
 * recursively and trusts its counts, so a tree thousands of levels deep would overflow the stack, a loop would
 * never end and a false count, of the whole tree or of one of its branches, would lose pages. Each page must also have a size, even absurd (the writer
 * brings it to A4).
 */
final class PdfPageTree {

    static final int MAX_DEPTH = 64;
    static final int MAX_PAGES = 100;

    private record Node(COSDictionary dictionary, Node parent, int depth) {
    }

    private PdfPageTree() {
    }

    /** Inherited attributes (the page's size) are looked up the /Parent chain, recursively: it must end soon. */
    private static boolean shortParentChain(COSDictionary page) {
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (COSDictionary node = page; node != null; node = node.getCOSDictionary(COSName.PARENT)) {
            if (!seen.add(node) || seen.size() > MAX_DEPTH + 1) {
                return false;
            }
        }
        return true;
    }

    /** What is wrong with the tree, as the end of a French sentence, or empty. */
    static Optional<String> probleme(PDDocument document) {
        COSDictionary root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            return Optional.of("est un PDF sans aucune page");
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(root, null, 1));
        List<COSDictionary> branches = new ArrayList<>();
        Map<COSDictionary, Integer> pagesUnder = new IdentityHashMap<>();
        int pages = 0;
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!seen.add(node.dictionary())) {
                return Optional.of("est un PDF endommagé : l’arbre de ses pages revient sur lui-même");
            }
            if (node.depth() > MAX_DEPTH) {
                return Optional.of("est un PDF dont l’arbre des pages est imbriqué trop profondément (plus de " + MAX_DEPTH + " niveaux)");
            }
            COSArray kids = node.dictionary().getCOSArray(COSName.KIDS);
            if (kids == null) {
                pages++;
                for (Node branch = node.parent(); branch != null; branch = branch.parent()) {
                    pagesUnder.merge(branch.dictionary(), 1, Integer::sum);
                }
                if (pages > MAX_PAGES) {
                    return Optional.of("a plus de " + MAX_PAGES + " pages : une délibération jointe en a au plus " + MAX_PAGES);
                }
                if (!shortParentChain(node.dictionary())) {
                    return Optional.of("est un PDF dont l’arbre des pages est imbriqué trop profondément (plus de " + MAX_DEPTH + " niveaux)");
                }
                PDRectangle box = new PDPage(node.dictionary()).getCropBox();
                if (!(box.getWidth() > 0 && box.getHeight() > 0 && Float.isFinite(box.getWidth()) && Float.isFinite(box.getHeight()))) {
                    return Optional.of("a une page " + pages + " sans dimensions (largeur ou hauteur nulle)");
                }
                continue;
            }
            branches.add(node.dictionary());
            for (int i = kids.size() - 1; i >= 0; i--) {
                COSBase kid = kids.get(i) instanceof COSObject object ? object.getObject() : kids.get(i);
                if (!(kid instanceof COSDictionary child)) {
                    return Optional.of("est un PDF endommagé : l’arbre de ses pages contient autre chose que des pages");
                }
                pending.push(new Node(child, node, node.depth() + 1));
            }
        }
        if (pages == 0) {
            return Optional.of("est un PDF sans aucune page");
        }
        if (document.getNumberOfPages() != pages) {
            return Optional.of("est un PDF endommagé : il annonce " + document.getNumberOfPages() + " pages et en contient " + pages);
        }
        // PDFBox finds a page by its number through the counts of the branches: a false one loses or repeats pages
        for (COSDictionary branch : branches) {
            int announced = branch.getInt(COSName.COUNT);
            int found = pagesUnder.getOrDefault(branch, 0);
            if (announced != found) {
                return Optional.of("est un PDF endommagé : une branche de l’arbre de ses pages "
                        + (announced < 0 ? "n’en annonce aucun nombre" : "en annonce " + announced) + " et en contient " + found);
            }
        }
        return Optional.empty();
    }
}
