package fr.ctg.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.ctg.write.SampleDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annexed deliberations are appended as described images of their pages, whatever the file holds. */
public class AnnexedPdfTest {

    private static final PdfWriter WRITER = new PdfWriter();
    private static final String DELIBERATION = "Délibération du conseil communautaire du 20 novembre 2023";

    private static String sample;

    @TempDir
    Path convention;

    @BeforeAll
    static void readSample() throws IOException {
        sample = SampleDocuments.text(SampleDocuments.ECHANTILLON);
    }

    private byte[] withDeliberation(byte[] deliberation) throws IOException {
        Path deliberations = Files.createDirectories(convention.resolve("deliberations"));
        Files.write(deliberations.resolve("cc.pdf"), deliberation);
        return WRITER.write(SampleDocuments.parse(sample), convention);
    }

    @Test
    void anOrdinaryDeliberationBecomesAFigureDescribedByItsTitleAndItsText() throws Exception {
        byte[] pdf = withDeliberation(DeliberationPdfs.ordinary());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(5, document.getNumberOfPages());
            assertEquals(List.of(DELIBERATION + ", page 1 sur 1 : " + DeliberationPdfs.TEXT), figures(document));
            assertEquals(List.of(), DeliberationPdfs.activeContent(document));
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    @Test
    void scriptsActionsLinksAndEmbeddedFilesOfADeliberationAreLeftOut() throws Exception {
        byte[] pdf = withDeliberation(DeliberationPdfs.withScripts());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(List.of(), DeliberationPdfs.activeContent(document));
            assertEquals(List.of(), document.getPage(4).getAnnotations());
        }
        assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains("app.alert"));
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    @Test
    void aDeliberationWithAFontNotEmbeddedIsDrawnWithTheLiberationFontsAndConforms() throws Exception {
        byte[] deliberation = DeliberationPdfs.withAFontNotEmbedded();
        byte[] pdf = withDeliberation(deliberation);

        assertEquals(List.of(), VeraPdf.failures(pdf));
        assertArrayEquals(pdf, withDeliberation(deliberation));
    }

    @Test
    void aDeliberationWithACmykImageConforms() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(withDeliberation(DeliberationPdfs.withACmykImage())));
    }

    @Test
    void aPageFiveKilometresWideIsBroughtToFitAnA4Page() throws Exception {
        byte[] pdf = withDeliberation(DeliberationPdfs.withAnAbsurdMediaBox());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(4);
            assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getWidth(), 0.01);
            assertEquals(3, page.getMediaBox().getHeight(), 0.01);
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    /** The descriptions of the Figure elements, in the order of the structure tree. */
    public static List<String> figures(PDDocument document) {
        List<String> descriptions = new ArrayList<>();
        collect(document.getDocumentCatalog().getStructureTreeRoot(), descriptions);
        return descriptions;
    }

    private static void collect(PDStructureNode node, List<String> descriptions) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().equals("Figure")) {
                    descriptions.add(element.getAlternateDescription());
                }
                collect(element, descriptions);
            }
        }
    }
}
