package fr.ctg.write.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The préfecture stamp, drawn at the top of the appended pages too: the whole act carries it. Marked as an
 * artifact, like the stamp the renderer repeats on the convention's pages: it is not part of the deliberation.
 */
final class AnnexStamp {

    private static final float FONT_SIZE = 7.5f;
    private static final float FROM_TOP = 18;

    private AnnexStamp() {
    }

    static void apply(PDDocument document, List<PlacedAnnex> annexes, String tampon, PDFont font)
            throws IOException {
        float width = font.getStringWidth(tampon) / 1000 * FONT_SIZE;
        for (int index = annexes.get(0).firstPage(); index < document.getNumberOfPages(); index++) {
            PDPage page = document.getPage(index);
            PDRectangle box = page.getCropBox();
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                content.beginMarkedContent(COSName.ARTIFACT);
                content.beginText();
                content.setFont(font, FONT_SIZE);
                content.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2,
                        box.getUpperRightY() - FROM_TOP);
                content.showText(tampon);
                content.endText();
                content.endMarkedContent();
            }
        }
    }
}
