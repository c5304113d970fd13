package fr.ctg.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.write.SampleDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class FallbackFontTest {

    private static final PdfWriter WRITER = new PdfWriter();
    private static final String SCRIPTS = "Nguyễn Thị Ánh, Ελένη Παπαδοπούλου, Ирина Соколова, Łódź";
    private static final String SYMBOLS = "✓ ☐ ⇒ ①";

    @TempDir
    Path folder;

    @Test
    void printsGreekCyrillicVietnameseAndTheFallbackSymbolsInEveryFaceAndPassesVeraPdf() throws Exception {
        byte[] pdf = render("<p>" + SCRIPTS + " " + SYMBOLS + " <strong>" + SYMBOLS + "</strong> <em>" + SYMBOLS + "</em></p>");

        String text = text(pdf);
        assertTrue(text.contains(SCRIPTS + " " + SYMBOLS + " " + SYMBOLS + " " + SYMBOLS), text);
        assertFalse(text.contains("#"), text);
        assertEquals(List.of("DejaVuSans", "DejaVuSans-Bold", "LiberationSans", "LiberationSans-Bold", "LiberationSerif",
                "LiberationSerif-Bold", "LiberationSerif-Italic"), fonts(pdf));
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    @Test
    void leavesTheFallbackOutOfADocumentThatDoesNotNeedIt() throws Exception {
        assertEquals(List.of("LiberationSans", "LiberationSans-Bold", "LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"),
                fonts(render("<p>" + SCRIPTS + "</p>")));
    }

    @Test
    void printsAHashForACharacterNoFontHas() throws Exception {
        assertTrue(text(render("<p>Maison 中 des familles</p>")).contains("Maison # des familles"));
    }

    @Test
    void tellsWhatThePdfPrints() {
        PrintableCharacters printable = PrintableCharacters.ofProjectFonts();
        assertEquals(List.of(true, true, true, true, true, false, false),
                "ễΩЖ✓\u202F中\uD83C\uDF1E".codePoints().mapToObj(printable::prints).toList());
        assertEquals(4, printable.firstUnprintable("Ана 中"));
    }

    @Test
    void everyFaceOfTheTextHasTheCharactersItIsTrustedWithWithoutReadingTheFonts() {
        List<String> missing = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .filter(codePoint -> PrintableCharacters.common(codePoint) && codePoint != '\t' && codePoint != '\n' && codePoint != '\r')
                .filter(codePoint -> !PrintableCharacters.inEveryTextFace(codePoint))
                .mapToObj(PrintableCharacters::describe).toList();
        assertEquals(List.of(), missing);
    }

    private byte[] render(String paragraph) {
        String sample = SampleDocuments.text(SampleDocuments.ECHANTILLON).replace("<p>Et</p>", paragraph);
        return WRITER.write(SampleDocuments.parse(sample), folder);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The fonts of the pages, their subset prefix left out. */
    public static List<String> fonts(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    String base = font.getName().substring(font.getName().indexOf('+') + 1);
                    if (!names.contains(base)) {
                        names.add(base);
                    }
                }
            }
        }
        return names.stream().sorted().toList();
    }
}
