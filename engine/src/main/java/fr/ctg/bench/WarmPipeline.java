package fr.ctg.bench;

import fr.ctg.compose.ComposedDocument;
import fr.ctg.compose.Composer;
import fr.ctg.compose.CompositionException;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.write.docx.DocxWriter;
import fr.ctg.write.pdf.PdfWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Times each stage of one convention's way through the engine, in this process, after a warm-up. */
final class WarmPipeline {

    /** The timings of all measured rounds, and the last documents made (to size them and to feed LibreOffice). */
    record Result(Samples validation, Samples composition, Samples docx, Samples pdf, Samples total,
                  byte[] lastDocx, byte[] lastPdf) {
    }

    private final ConventionPipeline pipeline = new ConventionPipeline();
    private final Composer composer = new Composer();
    private final DocxWriter docxWriter = new DocxWriter();
    private final PdfWriter pdfWriter = new PdfWriter();

    Result measure(Path file, int warmUps, int rounds) throws UnreadableInputException, CompositionException {
        for (int i = 0; i < warmUps; i++) {
            round(file);
        }
        List<Long> validation = new ArrayList<>();
        List<Long> composition = new ArrayList<>();
        List<Long> docx = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        Round last = null;
        for (int i = 0; i < rounds; i++) {
            last = round(file);
            validation.add(last.validation);
            composition.add(last.composition);
            docx.add(last.docx);
            pdf.add(last.pdf);
            total.add(last.validation + last.composition + last.docx + last.pdf);
        }
        return new Result(new Samples(validation), new Samples(composition), new Samples(docx), new Samples(pdf), new Samples(total),
                last.docxBytes, last.pdfBytes);
    }

    private record Round(long validation, long composition, long docx, long pdf, byte[] docxBytes, byte[] pdfBytes) {
    }

    private Round round(Path file) throws UnreadableInputException, CompositionException {
        long t0 = System.nanoTime();
        ConventionSet set = pipeline.load(file);
        if (set.convention() == null || set.hasErrors()) {
            throw new IllegalArgumentException(file + " n’est pas valide : lancez « ctg valider » dessus");
        }
        long t1 = System.nanoTime();
        ComposedDocument xhtml = composer.composeConvention(set.convention(), set.source());
        long t2 = System.nanoTime();
        Path folder = set.source().folder();
        byte[] docx = docxWriter.write(xhtml, folder);
        long t3 = System.nanoTime();
        byte[] pdf = pdfWriter.write(xhtml, folder);
        long t4 = System.nanoTime();
        return new Round(t1 - t0, t2 - t1, t3 - t2, t4 - t3, docx, pdf);
    }
}
