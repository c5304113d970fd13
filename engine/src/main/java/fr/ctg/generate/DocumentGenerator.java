package fr.ctg.generate;

import fr.ctg.avenant.Consolidation;
import fr.ctg.compose.ComposedDocument;
import fr.ctg.compose.Composer;
import fr.ctg.compose.CompositionException;
import fr.ctg.model.Convention;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.write.docx.DocxWriter;
import fr.ctg.write.docx.XhtmlContractException;
import fr.ctg.write.pdf.PdfWriteException;
import fr.ctg.write.pdf.PdfWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

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
            return write(composer.composeConvention(convention, conventionFile), conventionFile);
        } catch (CompositionException e) {
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
        try {
            return write(composer.composeConsolidated(new Consolidation().apply(convention, avenants),
                    consolidationDate(convention, avenants), conventionFile), conventionFile);
        } catch (CompositionException e) {
            throw new GenerationException(e.getMessage(), e);
        }
    }

    /** The date of the last avenant, else its effective date, else the start of the convention. */
    private static LocalDate consolidationDate(Convention convention, List<Avenant> avenants) {
        Avenant dernier = avenants.isEmpty() ? null : avenants.get(avenants.size() - 1);
        return dernier == null ? convention.periode().debut()
                : dernier.date() != null ? dernier.date()
                : dernier.dateEffet() != null ? dernier.dateEffet() : convention.periode().debut();
    }

    private Documents write(ComposedDocument xhtml, Path conventionFile) throws GenerationException {
        Path conventionFolder = folderOf(conventionFile);
        try {
            return new Documents(pdfWriter.write(xhtml, conventionFolder), docxWriter.write(xhtml, conventionFolder));
        } catch (PdfWriteException | XhtmlContractException e) {
            throw new GenerationException(e.getMessage(), e);
        }
    }

    /**
     * The same documents, the PDF and the DOCX written at the same time on {@code executor}: one convention
     * alone then uses two cores. No task waits for another, so a fixed pool cannot lock itself.
     *
     * @return a future failing with a {@link CompletionException} around a {@link GenerationException}
     *     when the convention cannot be turned into documents
     */
    public CompletableFuture<Documents> convention(Convention convention, Path conventionFile, Executor executor) {
        return documents(() -> composer.composeConvention(convention, conventionFile), conventionFile, executor);
    }

    /** {@link #avenant(Avenant, Convention, List, Path, Path)} on {@code executor}, like the convention's. */
    public CompletableFuture<Documents> avenant(Avenant avenant, Convention convention, List<Avenant> precedents, Path avenantFile,
            Path conventionFile, Executor executor) {
        return documents(() -> composer.composeAvenant(avenant, convention, precedents, avenantFile, conventionFile), conventionFile, executor);
    }

    /** {@link #consolidated(Convention, List, Path)} on {@code executor}, like the convention's. */
    public CompletableFuture<Documents> consolidated(Convention convention, List<Avenant> avenants, Path conventionFile, Executor executor) {
        return documents(() -> composer.composeConsolidated(new Consolidation().apply(convention, avenants),
                consolidationDate(convention, avenants), conventionFile), conventionFile, executor);
    }

    private CompletableFuture<Documents> documents(Composition composition, Path conventionFile, Executor executor) {
        Path conventionFolder = folderOf(conventionFile);
        return CompletableFuture.supplyAsync(() -> compose(composition), executor)
                .thenCompose(xhtml -> {
                    CompletableFuture<byte[]> pdf = CompletableFuture.supplyAsync(reported(() -> pdfWriter.write(xhtml, conventionFolder)), executor);
                    CompletableFuture<byte[]> docx = CompletableFuture.supplyAsync(reported(() -> docxWriter.write(xhtml, conventionFolder)), executor);
                    return pdf.thenCombine(docx, Documents::new);
                });
    }

    /**
     * Loads what the first DOCX would otherwise wait for (docx4j's XML bindings: about a second of a fresh
     * process), so that it can be done on an idle core while the first conventions are read and composed.
     */
    public void prepare() {
        docxWriter.prepare();
    }

    /** One of the composer's documents. */
    @FunctionalInterface
    private interface Composition {
        ComposedDocument compose() throws CompositionException;
    }

    private static ComposedDocument compose(Composition composition) {
        try {
            return composition.compose();
        } catch (CompositionException e) {
            throw new CompletionException(new GenerationException(e.getMessage(), e));
        }
    }

    private static <T> Supplier<T> reported(Supplier<T> stage) {
        return () -> {
            try {
                return stage.get();
            } catch (PdfWriteException | XhtmlContractException e) {
                throw new CompletionException(new GenerationException(e.getMessage(), e));
            }
        };
    }

    private static Path folderOf(Path conventionFile) {
        return conventionFile.toAbsolutePath().getParent();
    }
}
