package fr.ctg.generate;

import fr.ctg.compose.Composer;
import fr.ctg.compose.CompositionException;
import fr.ctg.avenant.Consolidation;
import fr.ctg.model.Convention;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.write.docx.DocxWriter;
import fr.ctg.write.docx.XhtmlContractException;
import fr.ctg.write.pdf.PdfWriteException;
import fr.ctg.write.pdf.PdfWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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

    /**
     * The documents of an avenant ({@code avenant-NN.pdf/.docx}).
     *
     * @param convention the convention as signed, read from {@code conventionFile}
     * @param precedents the avenants before this one, in order
     */
    public Documents avenant(Avenant avenant, Convention convention, List<Avenant> precedents, Path avenantFile, Path conventionFile)
            throws GenerationException {
        try {
            return write(composer.composeAvenant(avenant, convention, precedents, avenantFile, conventionFile), conventionFile);
        } catch (CompositionException e) {
            throw new GenerationException(e.getMessage(), e);
        }
    }

    /**
     * The documents of the convention as amended by these avenants ({@code convention-consolidee.pdf/.docx}),
     * dated by the last one.
     */
    public Documents consolidated(Convention convention, List<Avenant> avenants, Path conventionFile) throws GenerationException {
        Avenant dernier = avenants.isEmpty() ? null : avenants.get(avenants.size() - 1);
        LocalDate date = dernier == null ? convention.periode().debut()
                : dernier.date() != null ? dernier.date()
                : dernier.dateEffet() != null ? dernier.dateEffet() : convention.periode().debut();
        try {
            return write(composer.composeConsolidated(new Consolidation().apply(convention, avenants), date, conventionFile), conventionFile);
        } catch (CompositionException e) {
            throw new GenerationException(e.getMessage(), e);
        }
    }

    private Documents write(String xhtml, Path conventionFile) throws GenerationException {
        Path conventionFolder = conventionFile.toAbsolutePath().getParent();
        try {
            return new Documents(pdfWriter.write(xhtml, conventionFolder), docxWriter.write(xhtml, conventionFolder));
        } catch (PdfWriteException | XhtmlContractException e) {
            throw new GenerationException(e.getMessage(), e);
        }
    }
}
