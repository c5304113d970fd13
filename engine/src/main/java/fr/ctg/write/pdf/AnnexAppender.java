package fr.ctg.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Appends the annexed PDFs (deliberations) after the document's pages. Their pages are imported as they are,
 * without their annotations (links to pages of another file, form fields foreign to this document's form).
 * The sources stay open until the document is saved: imported pages still refer to their objects.
 */
final class AnnexAppender {

    private AnnexAppender() {
    }

    static List<PlacedAnnex> append(PDDocument document, List<PdfAnnex> annexes, List<byte[]> contents,
            List<PDDocument> openSources) {
        List<PlacedAnnex> placed = new ArrayList<>();
        for (int i = 0; i < annexes.size(); i++) {
            PdfAnnex annex = annexes.get(i);
            PDDocument source = load(annex, contents.get(i));
            openSources.add(source);
            int firstPage = document.getNumberOfPages();
            for (PDPage page : source.getPages()) {
                importPage(document, page, annex).getCOSObject().removeItem(COSName.ANNOTS);
            }
            if (document.getNumberOfPages() > firstPage) {
                placed.add(new PlacedAnnex(annex, firstPage));
            }
        }
        return placed;
    }

    private static PDDocument load(PdfAnnex annex, byte[] content) {
        try {
            return Loader.loadPDF(content);
        } catch (IOException e) {
            throw new PdfWriteException("Le fichier « " + annex.file().getFileName() + " » de l’annexe « "
                    + annex.title() + " » n’est pas un PDF lisible : " + e.getMessage(), e);
        }
    }

    private static PDPage importPage(PDDocument document, PDPage page, PdfAnnex annex) {
        try {
            return document.importPage(page);
        } catch (IOException e) {
            throw new PdfWriteException("Une page du fichier « " + annex.file().getFileName()
                    + " » ne peut pas être reprise : " + e.getMessage(), e);
        }
    }
}
