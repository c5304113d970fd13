package fr.ctg.generate;

import fr.ctg.compose.Composer;
import fr.ctg.compose.CompositionException;
import fr.ctg.model.Convention;
import fr.ctg.write.docx.DocxWriter;
import fr.ctg.write.docx.XhtmlContractException;
import fr.ctg.write.pdf.PdfWriteException;
import fr.ctg.write.pdf.PdfWriter;
import java.nio.file.Path;
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
            String xhtml = composer.composeConvention(convention, conventionFile);
            Path conventionFolder = folderOf(conventionFile);
            return new Documents(pdfWriter.write(xhtml, conventionFolder), docxWriter.write(xhtml, conventionFolder));
        } catch (CompositionException | PdfWriteException | XhtmlContractException e) {
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
        Path conventionFolder = folderOf(conventionFile);
        return CompletableFuture.supplyAsync(reported(() -> compose(convention, conventionFile)), executor)
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

    private String compose(Convention convention, Path conventionFile) {
        try {
            return composer.composeConvention(convention, conventionFile);
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
