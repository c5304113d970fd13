package fr.ctg.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.ctg.fidelite.LineEndHyphens;
import fr.ctg.write.SampleDocuments;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWriterTest {

    private static final String NNBSP = "\u202F";
    private static final String NBSP = "\u00A0";
    private static final String TITLE =
            "Convention Territoriale Globale 2024-2028 - Communauté de communes du Val d’Exemple";
    private static final String TAMPON = "Accusé de réception en préfecture 004-240400440-20231220-12-2023-CC"
            + " - Date de réception préfecture : 22/12/2023";
    private static final String DELIBERATION = "Délibération du conseil communautaire du 20 novembre 2023";

    /** Rotated, the watermark's letters come out of the text extraction with spaces between some of them. */
    private static final Pattern WATERMARK = Pattern.compile("P\\s*R\\s*O\\s*J\\s*E\\s*T");

    private static final PdfWriter WRITER = new PdfWriter();

    @TempDir
    static Path folder;

    private static String sample;
    private static byte[] pdf;

    @BeforeAll
    static void renderSample() throws IOException {
        sample = SampleDocuments.text(SampleDocuments.ECHANTILLON);
        pdf = WRITER.write(SampleDocuments.parse(sample), folder);
    }

    @Test
    void sampleIsPdfA2b() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    @Test
    void twoRendersGiveTheSameBytes() {
        assertArrayEquals(pdf, WRITER.write(SampleDocuments.parse(sample), folder));
    }

    @Test
    void keepsTheSentencesAndTheNarrowNoBreakSpaces() throws IOException {
        String text = oneLine(LineEndHyphens.rejoin(text(pdf), sample));

        assertTrue(text.contains("Le financement de l’investissement atteint 1" + NNBSP + "250" + NNBSP + "000" + NBSP + "€ et la part de la Caf 248"
                + NNBSP + "220,56" + NBSP + "€ ; « l’avance » ne se coupe pas après l’apostrophe."), text);
        assertTrue(text.contains("Il est convenu et arrêté ce qui suit :"), text);
        assertTrue(text.contains("Une Maison France Services"), text);
    }

    @Test
    void numbersEveryPageAndStampsIt() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertEquals(4, pages);
            for (int page = 1; page <= pages; page++) {
                String text = oneLine(pageText(document, page));
                assertTrue(text.contains("Page " + page + " / " + pages), text);
                assertTrue(text.contains(TAMPON), text);
                assertTrue(WATERMARK.matcher(text).find(), text);
            }
        }
    }

    @Test
    void aSignedVersionHasNoWatermark() throws IOException {
        byte[] signee = WRITER.write(SampleDocuments.parse(sample.replace("content=\"projet\"", "content=\"a_signer\"")), folder);

        assertFalse(WATERMARK.matcher(text(signee)).find());
    }

    @Test
    void nestsTheBookmarksByHeadingLevel() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(List.of(
                    "PREAMBULE @2",
                    "ARTICLE 1 - OBJET DE LA CONVENTION TERRITORIALE GLOBALE @2",
                    "ARTICLE 4 - LES OBJECTIFS PARTAGES AU REGARD DES BESOINS @2",
                    "Signatures @2",
                    "ANNEXE 2 – Liste des équipements et services soutenus par la collectivité locale @4",
                    "ANNEXE 3 – Plan d’actions 2024-2028 @4",
                    "  1) La petite enfance @4",
                    "    Fiche action 1.1 : Maintenir l’offre d’accueil du jeune enfant @4",
                    "ANNEXE 6 – Décisions des conseils @4"),
                    outline(document));
        }
    }

    @Test
    void listsTheHeadingsWithTheirPageInTheTableOfContents() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String firstPage = pageText(document, 1);
            List<String> entries = new ArrayList<>();
            Matcher entry = Pattern.compile("(?m)^(.+?)[ .]*\\s(\\d+)$").matcher(firstPage);
            while (entry.find()) {
                if (!entry.group(1).startsWith("Page") && !entry.group(1).startsWith("Accusé")) {
                    entries.add(entry.group(1).strip() + " @" + entry.group(2));
                }
            }
            assertEquals(outline(document).stream().map(String::strip).toList(), entries);
        }
    }

    @Test
    void placesOneEmptySignatureFieldOnEachSignatureBox() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDField> fields = document.getDocumentCatalog().getAcroForm().getFields();
            assertEquals(List.of("Claire MARTIN", "Paul DURAND"),
                    fields.stream().map(PDField::getPartialName).toList());
            BufferedImage page3 = new PDFRenderer(document).renderImageWithDPI(2, 144);
            for (PDField field : fields) {
                PDSignatureField signature = (PDSignatureField) field;
                assertNull(signature.getValue());
                PDAnnotationWidget widget = signature.getWidgets().get(0);
                assertTrue(widget.isPrinted());
                assertEquals(document.getPage(2), widget.getPage());
                assertTrue(document.getPage(2).getAnnotations().contains(widget));
                PDRectangle box = widget.getRectangle();
                // 7 cm x 3 cm inside a 0.5 pt border: the widget covers the border too.
                assertEquals(7 / 2.54 * 72 + 1, box.getWidth(), 0.2);
                assertEquals(3 / 2.54 * 72 + 1, box.getHeight(), 0.2);
                assertTrue(document.getPage(2).getMediaBox().contains(box.getLowerLeftX(), box.getLowerLeftY()));
                assertTrue(document.getPage(2).getMediaBox().contains(box.getUpperRightX(), box.getUpperRightY()));
                assertBoxBorderAt(page3, box, document.getPage(2).getMediaBox().getHeight());
            }
        }
    }

    /** The box's grey border runs along the widget's edges: dark on the edge, white just inside. */
    private static void assertBoxBorderAt(BufferedImage page, PDRectangle box, float pageHeight) {
        double scale = 144 / 72.0;
        int middleY = (int) ((pageHeight - (box.getLowerLeftY() + box.getHeight() / 2)) * scale);
        int middleX = (int) ((box.getLowerLeftX() + box.getWidth() / 2) * scale);
        int left = (int) (box.getLowerLeftX() * scale);
        int right = (int) (box.getUpperRightX() * scale) - 1;
        int top = (int) ((pageHeight - box.getUpperRightY()) * scale);
        assertTrue(isDark(page, left, middleY) && isDark(page, right, middleY) && isDark(page, middleX, top),
                "border not under the widget edges");
        assertFalse(isDark(page, left + 4, middleY) || isDark(page, right - 4, middleY), "box not white inside");
    }

    private static boolean isDark(BufferedImage image, int x, int y) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                int rgb = image.getRGB(x + dx, y + dy);
                if ((rgb & 0xff) < 200 && ((rgb >> 8) & 0xff) < 200) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void repeatsTheTableHeaderOnEveryPageTheTableSpans() throws IOException {
        String row = "<tr><td>Centre social</td><td>Accueil</td><td>ALSH</td><td>Périscolaire</td>"
                + "<td>1 rue Haute</td><td>04300 FORCALQUIER</td></tr>";
        String longTable = sample.replace("<tbody>\n      <tr><td>CENTRE", "<tbody>\n" + row.repeat(90) + "<tr><td>CENTRE");

        try (PDDocument document = Loader.loadPDF(WRITER.write(SampleDocuments.parse(longTable), folder))) {
            int pagesWithRows = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String text = pageText(document, page);
                if (text.contains("1 rue Haute")) {
                    pagesWithRows++;
                    assertTrue(text.contains("Nom partenaire"), "page " + page + " without header: " + text);
                }
            }
            assertTrue(pagesWithRows >= 3, "the table should span several pages: " + pagesWithRows);
        }
    }

    @Test
    void namesTheFieldsOfASignatoryWhoSignsTwiceApart() throws IOException {
        String twice = sample.replace("data-signataire=\"Paul DURAND\"", "data-signataire=\"Claire MARTIN\"");

        try (PDDocument document = Loader.loadPDF(WRITER.write(SampleDocuments.parse(twice), folder))) {
            assertEquals(List.of("Claire MARTIN", "Claire MARTIN (2)"), document.getDocumentCatalog()
                    .getAcroForm().getFields().stream().map(PDField::getPartialName).toList());
        }
    }

    @Test
    void shortensTheTitlesBookmarksAndFieldNamesAPdfAReaderShowsInOneLine() throws Exception {
        String spaces = NBSP.repeat(20_000);
        String longTitle = sample.replace("<title>Convention Territoriale", "<title>Convention" + spaces + "Territoriale")
                .replace("data-signataire=\"Paul DURAND\"", "data-signataire=\"Paul" + spaces + "DURAND\"")
                .replace(">1) La petite enfance<", ">1) La petite enfance " + "é".repeat(40_000) + "<");

        byte[] rendered = WRITER.write(SampleDocuments.parse(longTitle), folder);

        assertEquals(List.of(), VeraPdf.failures(rendered));
        try (PDDocument document = Loader.loadPDF(rendered)) {
            assertEquals(TITLE.replace("Convention ", "Convention" + NBSP), document.getDocumentInformation().getTitle());
            assertEquals(List.of("Claire MARTIN", "Paul" + NBSP + "DURAND"), document.getDocumentCatalog()
                    .getAcroForm().getFields().stream().map(PDField::getPartialName).toList());
            String bookmark = outline(document).get(6).replaceFirst(" @\\d+$", "").strip();
            String kept = "1) La petite enfance ";
            assertTrue(bookmark.equals(kept + "é".repeat(PdfLabel.MAX_LENGTH - kept.length() - 1) + "…"), bookmark.substring(0, 40));
        }
    }

    @Test
    void describesTheDocumentInItsMetadataWithTheDateOfTheDocument() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(TITLE, document.getDocumentInformation().getTitle());
            Calendar created = document.getDocumentInformation().getCreationDate();
            assertEquals(List.of(2023, 11, 15, 0),
                    List.of(created.get(Calendar.YEAR), created.get(Calendar.MONTH),
                            created.get(Calendar.DAY_OF_MONTH), created.get(Calendar.HOUR_OF_DAY)));
            assertEquals(created, document.getDocumentInformation().getModificationDate());
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">" + TITLE + "</rdf:li>"), xmp);
            assertTrue(xmp.contains("<rdf:li>Caisse d’allocations familiales de l’Exemple</rdf:li>"), xmp);
            assertTrue(xmp.contains("<rdf:li>Communauté de communes du Val d’Exemple</rdf:li>"), xmp);
            assertTrue(xmp.contains("Période : 2024-01-01/2028-12-31"), xmp);
            assertTrue(xmp.contains(
                    "sourceSha256>0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0</"), xmp);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
        }
    }

    @Test
    void neverFetchesARemoteImage() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.png";
            String withImage = sample.replace("<p>Et</p>", "<p style=\"background-image: url(" + url + ")\">Et</p>"
                    + "<p style=\"background-image: url(file:///etc/hostname)\">a</p><p style=\"background-image: url(../x.png)\">b</p>");

            byte[] rendered = WRITER.write(SampleDocuments.parse(withImage), folder);

            assertEquals(0, requests.get());
            assertTrue(text(rendered).contains("Il est convenu et arrêté ce qui suit"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void saysWhichDeliberationIsMissing() throws IOException {
        assertTrue(oneLine(text(pdf)).contains("Délibération à joindre : " + DELIBERATION));
    }

    @Test
    void appendsTheDeliberationUnderItsAnnexBookmark(@TempDir Path convention) throws Exception {
        Path deliberations = Files.createDirectories(convention.resolve("deliberations"));
        Files.write(deliberations.resolve("cc.pdf"), DeliberationPdfs.ordinary());

        byte[] rendered = WRITER.write(SampleDocuments.parse(sample), convention);

        try (PDDocument document = Loader.loadPDF(rendered)) {
            assertEquals(5, document.getNumberOfPages());
            assertTrue(oneLine(pageText(document, 5)).contains(TAMPON));
            assertEquals("ANNEXE 6 – Décisions des conseils @4", outline(document).get(8));
            assertEquals("  " + DELIBERATION + " @5", outline(document).get(9));
        }
        assertFalse(text(rendered).contains("Délibération à joindre"));
        assertEquals(List.of(), VeraPdf.failures(rendered));
    }

    private static List<String> outline(PDDocument document) throws IOException {
        List<String> lines = new ArrayList<>();
        collect(document, document.getDocumentCatalog().getDocumentOutline(), "", lines);
        return lines;
    }

    private static void collect(PDDocument document, PDOutlineNode node, String indent, List<String> lines)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPageDestination destination = (PDPageDestination) item.getDestination();
            lines.add(indent + item.getTitle() + " @" + (document.getPages().indexOf(destination.getPage()) + 1));
            collect(document, item, indent + "  ", lines);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** Line breaks of the layout become spaces; U+202F and U+00A0 stay what they are. */
    private static String oneLine(String text) {
        return text.replaceAll("[ \\t]*\\R[ \\t]*", " ");
    }
}
