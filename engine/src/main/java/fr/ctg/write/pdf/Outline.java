package fr.ctg.write.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** The PDF's bookmarks: one per heading, nested by level; each appended PDF under the heading preceding it. */
final class Outline {

    private record Open(int level, PDOutlineItem item) {
    }

    private Outline() {
    }

    static void build(PDDocument document, List<Heading> headings, LaidOutBoxes positions,
            List<PlacedAnnex> annexes) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem[] items = new PDOutlineItem[headings.size()];
        Deque<Open> open = new ArrayDeque<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            LaidOutBoxes.Placed position = positions.get(heading.id());
            if (position == null) {
                continue;
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(heading.text());
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(document.getPage(position.page()));
            destination.setLeft(Math.round(position.border().getLowerLeftX()));
            destination.setTop(Math.round(position.border().getUpperRightY()));
            item.setDestination(destination);
            while (!open.isEmpty() && open.peek().level() >= heading.level()) {
                open.pop();
            }
            PDOutlineNode parent = open.isEmpty() ? outline : open.peek().item();
            parent.addLast(item);
            open.push(new Open(heading.level(), item));
            items[i] = item;
        }
        for (PlacedAnnex placed : annexes) {
            int parentIndex = placed.annex().parentHeading();
            PDOutlineNode parent = parentIndex >= 0 && items[parentIndex] != null ? items[parentIndex] : outline;
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(placed.annex().title());
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(document.getPage(placed.firstPage()));
            item.setDestination(destination);
            parent.addLast(item);
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }
}
