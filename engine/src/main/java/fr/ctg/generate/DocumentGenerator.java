package fr.ctg.generate;

import fr.ctg.avenant.Consolidation;
import fr.ctg.compose.ComposedDocument;
import fr.ctg.compose.Composer;
import fr.ctg.compose.CompositionException;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.style.HouseStyle;
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
import org.w3c.dom.Document;

/**
 * Composes a validated convention into its XHTML document and writes it as PDF/A and DOCX. Built once
 * (templates, fonts and house style are loaded here) and reused for every convention; thread-safe.
 */
public final class DocumentGenerator {

    private final Composer composer = new Composer();
    private final PdfWriter pdfWriter = new PdfWriter();
    private final DocxWriter docxWriter = new DocxWriter();

    /**
     * The documents of the convention ({@code convention.pdf/.docx}), the PDF and the DOCX written at the same
     * time on {@code executor}: one convention alone then uses two cores. No task waits for another, so a fixed
     * pool cannot lock itself.
     *
     * @param set a convention set without errors
     * @return a future failing with a {@link CompletionException} around a {@link GenerationException}
     *     when the convention cannot be turned into documents
     */
    public CompletableFuture<Documents> convention(ConventionSet set, Executor executor) {
        requireValid(set);
        return documents(() -> composeConvention(set), set, executor);
    }

    /** The composed document of the convention of a set without errors. */
    public ComposedDocument composeConvention(ConventionSet set) throws CompositionException {
        return composer.composeConvention(requireValid(set), set.source());
    }

    /**
     * The documents of the {@code index}-th avenant of the set, from 0 ({@code avenant-NN.pdf/.docx}): the
     * convention as signed, amended by the avenants before it.
     */
    public CompletableFuture<Documents> avenant(ConventionSet set, int index, Executor executor) {
        requireValid(set);
        return documents(() -> composeAvenant(set, index), set, executor);
    }

    /** The composed document of the {@code index}-th avenant of a set without errors, from 0. */
    public ComposedDocument composeAvenant(ConventionSet set, int index) throws CompositionException {
        Convention convention = requireValid(set);
        List<Avenant> avenants = set.avenantValues();
        return composer.composeAvenant(avenants.get(index), convention, avenants.subList(0, index),
                set.avenants().get(index).source(), set.source());
    }

    /**
     * The documents of the convention as amended by all its avenants ({@code convention-consolidee.pdf/.docx}),
     * dated by the last one.
     */
    public CompletableFuture<Documents> consolidated(ConventionSet set, Executor executor) {
        requireValid(set);
        return documents(() -> composeConsolidated(set), set, executor);
    }

    /** The composed document of the convention of a set without errors as amended by all its avenants. */
    public ComposedDocument composeConsolidated(ConventionSet set) throws CompositionException {
        Convention convention = requireValid(set);
        List<Avenant> avenants = set.avenantValues();
        return composer.composeConsolidated(new Consolidation().apply(convention, avenants),
                consolidationDate(convention, avenants), set.source());
    }

    /** The date of the last avenant, else its effective date, else the start of the convention. */
    private static LocalDate consolidationDate(Convention convention, List<Avenant> avenants) {
        Avenant dernier = avenants.isEmpty() ? null : avenants.get(avenants.size() - 1);
        return dernier == null ? convention.periode().debut()
                : dernier.date() != null ? dernier.date()
                : dernier.dateEffet() != null ? dernier.dateEffet() : convention.periode().debut();
    }

    private static Convention requireValid(ConventionSet set) {
        if (set.convention() == null || set.hasErrors()) {
            throw new IllegalArgumentException(set.file() + " a des erreurs : rien à produire");
        }
        return set.convention();
    }

    private CompletableFuture<Documents> documents(Composition composition, ConventionSet set, Executor executor) {
        Path conventionFolder = set.source().folder();
        HouseStyle style = set.style().style();
        return CompletableFuture.supplyAsync(() -> compose(composition), executor)
                .thenCompose(xhtml -> {
                    CompletableFuture<byte[]> pdf = CompletableFuture.supplyAsync(reported(() -> pdf(xhtml, conventionFolder, style)), executor);
                    CompletableFuture<byte[]> docx = CompletableFuture.supplyAsync(reported(() -> docx(xhtml, conventionFolder, style)), executor);
                    return pdf.thenCombine(docx, Documents::new);
                });
    }

    /**
     * The PDF of a composed document.
     *
     * @param conventionFolder where the annexed PDFs are read from
     * @param style the convention's house style ({@link ConventionSet#style()})
     * @throws PdfWriteException when the document names a file outside the folder or an unreadable PDF
     */
    public byte[] pdf(ComposedDocument document, Path conventionFolder, HouseStyle style) {
        return pdfWriter.write(document, conventionFolder, style);
    }

    /**
     * The DOCX of a composed document.
     *
     * @throws XhtmlContractException when the document nests what Word cannot hold
     */
    public byte[] docx(ComposedDocument document, Path conventionFolder, HouseStyle style) {
        return docxWriter.write(document, conventionFolder, style);
    }

    /** The document as the PDF lays it out (see {@link PdfWriter#printedDom}), for a browser to show. */
    public Document printedDom(ComposedDocument document, Path conventionFolder, HouseStyle style) {
        return pdfWriter.printedDom(document, conventionFolder, style);
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
}
