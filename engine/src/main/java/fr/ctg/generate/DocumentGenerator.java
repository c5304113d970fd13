package fr.ctg.generate;

import fr.ctg.compose.Composer;
import fr.ctg.compose.CompositionException;
import fr.ctg.model.Convention;
import fr.ctg.write.docx.DocxWriter;
import fr.ctg.write.docx.XhtmlContractException;
import fr.ctg.write.pdf.PdfWriteException;
import fr.ctg.write.pdf.PdfWriter;
import java.nio.file.Path;

/**
 * Composes a validated convention into its XHTML document and writes it as PDF/A and DOCX. Built once
 * (templates, fonts and house style are loaded here) and reused for every convention; thread-safe.
 */
public final class DocumentGenerator {

    private final Composer composer = new Composer();
    private final PdfWriter pdfWriter = new PdfWriter();
    private final DocxWriter docxWriter = new DocxWriter();

    public Documents convention(Convention convention, Path conventionFile) throws GenerationException {
        try {
            String xhtml = composer.composeConvention(convention, conventionFile);
            Path conventionFolder = conventionFile.toAbsolutePath().getParent();
            return new Documents(pdfWriter.write(xhtml, conventionFolder), docxWriter.write(xhtml, conventionFolder));
        } catch (CompositionException | PdfWriteException | XhtmlContractException e) {
            throw new GenerationException(e.getMessage(), e);
        }
    }
}
