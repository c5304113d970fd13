package fr.ctg.write.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Appends the annexed PDFs (deliberations) after the document's pages, each page as an image of it at 150 dpi
 * in sRGB, tagged as a figure described by the deliberation's title, its page number and the page's text.
 *
 * <p>Why images: a deliberation is any PDF the collectivité published. Kept as it is, it could bring JavaScript,
 * actions, embedded files, fonts that are not embedded, CMYK colours, an absurd page size or untagged content,
 * and the whole act would no longer be PDF/A-2u nor PDF/UA-1. An image of the page keeps what it shows and
 * nothing that runs; the original file itself goes to the préfecture as its own annex.
 */
final class AnnexAppender {

    private static final float DOTS_PER_INCH = 150;

    private AnnexAppender() {
    }

    static List<PlacedAnnex> append(PDDocument document, List<PdfAnnex> annexes, List<byte[]> contents)
            throws IOException {
        AnnexFigures figures = new AnnexFigures(document);
        List<PlacedAnnex> placed = new ArrayList<>();
        for (int i = 0; i < annexes.size(); i++) {
            PdfAnnex annex = annexes.get(i);
            int firstPage = document.getNumberOfPages();
            try (PDDocument source = load(annex, contents.get(i))) {
                PDFRenderer renderer = new PDFRenderer(source);
                renderer.setSubsamplingAllowed(true);
                PageText text = new PageText(source);
                int pages = source.getNumberOfPages();
                for (int index = 0; index < pages; index++) {
                    AnnexPageSize size = AnnexPageSize.of(source.getPage(index));
                    BufferedImage image = render(renderer, index, size, annex);
                    PDPage page = new PDPage(size.output());
                    document.addPage(page);
                    figures.add(page, LosslessFactory.createFromImage(document, image),
                            annex.title() + ", page " + (index + 1) + " sur " + pages + text.of(index));
                }
            }
            if (document.getNumberOfPages() > firstPage) {
                placed.add(new PlacedAnnex(annex, firstPage));
            }
        }
        return placed;
    }

    private static BufferedImage render(PDFRenderer renderer, int index, AnnexPageSize size, PdfAnnex annex) {
        try {
            return renderer.renderImage(index, size.scale() * DOTS_PER_INCH / 72, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
            throw new PdfWriteException("La page " + (index + 1) + " du fichier « " + annex.file().getFileName()
                    + " » ne peut pas être reprise : le PDF y est endommagé", e);
        }
    }

    private static PDDocument load(PdfAnnex annex, byte[] content) {
        try {
            return Loader.loadPDF(content);
        } catch (IOException e) {
            throw new PdfWriteException("Le fichier « " + annex.file().getFileName() + " » de l’annexe « "
                    + annex.title() + " » n’est pas un PDF lisible", e);
        }
    }
}
