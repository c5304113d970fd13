package fr.ctg.write.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of an appended page, for the description of its image: what a screen reader reads instead of the
 * picture. White space collapsed, control characters dropped, at most {@value #LIMIT} characters; nothing for a
 * scanned page or one whose text cannot be extracted.
 */
final class PageText {

    /**
     * With a title of {@link PdfLabel#MAX_LENGTH} characters, the description stays under PDF/A's limit of 32 767
     * bytes for a string, written in UTF-16.
     */
    static final int LIMIT = 14_000;

    private final PDDocument source;

    PageText(PDDocument source) {
        this.source = source;
    }

    /** The text, after " : ", or an empty string. */
    String of(int pageIndex) {
        String text;
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            text = stripper.getText(source);
        } catch (IOException | RuntimeException e) {
            return "";
        }
        String cleaned = text.replaceAll("[\\p{Cc}\\p{Cf}\\s]+", " ").strip();
        if (cleaned.length() > LIMIT) {
            cleaned = cleaned.substring(0, LIMIT) + "…";
        }
        return cleaned.isEmpty() ? "" : " : " + cleaned;
    }
}
