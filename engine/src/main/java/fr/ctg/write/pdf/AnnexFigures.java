package fr.ctg.write.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Appended pages in the structure tree: each page's image is one marked-content sequence, the kid of a
 * {@code Figure} element with its description, placed at the end of the document's structure, after the
 * convention's own content, as the pages come after its pages.
 */
final class AnnexFigures {

    private final PDDocument document;
    private final PDStructureTreeRoot root;
    private final PDStructureElement documentElement;
    private final COSArray parentTree;

    AnnexFigures(PDDocument document) {
        this.document = document;
        this.root = document.getDocumentCatalog().getStructureTreeRoot();
        this.documentElement = root.getKids().stream()
                .filter(PDStructureElement.class::isInstance)
                .map(PDStructureElement.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Arbre de structure sans élément racine"));
        this.parentTree = (COSArray) root.getParentTree().getCOSObject().getDictionaryObject(COSName.NUMS);
    }

    /** Draws {@code image} over the whole {@code page}, tagged as a figure described by {@code description}. */
    void add(PDPage page, PDImageXObject image, String description) throws IOException {
        PDRectangle size = page.getMediaBox();
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, 0);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginMarkedContent(COSName.getPDFName(StandardStructureTypes.Figure), PDPropertyList.create(properties));
            content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
            content.endMarkedContent();
        }
        PDStructureElement figure = new PDStructureElement(StandardStructureTypes.Figure, documentElement);
        figure.setPage(page);
        figure.setAlternateDescription(description);
        figure.getCOSObject().setItem(COSName.K, COSInteger.ZERO);
        documentElement.appendKid(figure);

        int key = root.getParentTreeNextKey();
        page.getCOSObject().setInt(COSName.STRUCT_PARENTS, key);
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        COSArray marks = new COSArray();
        marks.add(figure);
        parentTree.add(COSInteger.get(key));
        parentTree.add(marks);
        root.setParentTreeNextKey(key + 1);
    }
}
