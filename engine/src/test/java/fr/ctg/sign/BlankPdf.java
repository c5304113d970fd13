package fr.ctg.sign;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** A scanned page as a test needs one: a PDF with one blank page, no signature field. */
public final class BlankPdf {

    private BlankPdf() {
    }

    public static byte[] onePage() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
