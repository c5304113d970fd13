package fr.ctg.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.fidelite.LineEndHyphens;
import fr.ctg.write.SampleDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A justified French paragraph in a narrow column: words are hyphenated at line ends, and read back whole. */
class PdfHyphenationTest {

    private static final String PARAGRAPH = "Les conventions territoriales globales accompagnent administrativement"
            + " l’avance des partenariats intercommunaux de la CCPFML en 2022 ; la Haute-Provence et Saint-Etienne"
            + " développent l’accompagnement à la parentalité, aujourd’hui comme demain.";

    private static final String XHTML = SampleDocuments.withBodyText(
            "<p style=\"width: 5.5cm\">%s</p><p class=\"centre\" style=\"width: 5.5cm\">%s</p>".formatted(PARAGRAPH, PARAGRAPH));

    @TempDir
    static Path folder;

    private static byte[] pdf;
    private static List<String> lines;

    @BeforeAll
    static void render() throws IOException {
        pdf = new PdfWriter().write(SampleDocuments.parse(XHTML), folder);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            lines = Arrays.stream(new PDFTextStripper().getText(document).split("\\R")).map(String::strip).toList();
        }
    }

    /** The lines of the justified paragraph (the page's number comes first). */
    private static List<String> justified() {
        return lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("Les ")).findFirst().orElseThrow()),
                centredStart());
    }

    private static int centredStart() {
        return lines.lastIndexOf(lines.stream().filter(l -> l.startsWith("Les ")).reduce((a, b) -> b).orElseThrow());
    }

    private static boolean endsOnAHyphenatedWord(String line) {
        return line.matches(".*\\p{Ll}-") && !line.endsWith("Haute-") && !line.endsWith("Saint-");
    }

    @Test
    void aJustifiedLineEndsOnAHyphenatedWord() {
        long hyphenated = justified().stream().filter(PdfHyphenationTest::endsOnAHyphenatedWord).count();
        assertTrue(hyphenated >= 2, String.join("\n", lines));
    }

    @Test
    void theTextReadBackRejoinsTheHyphenatedWordsAndKeepsTheCompoundWordsHyphens() throws IOException {
        String text = LineEndHyphens.rejoin(String.join("\n", justified()), XHTML).replaceAll("\\s+", " ").strip();
        assertEquals(PARAGRAPH, text, String.join("\n", justified()));
    }

    @Test
    void neverBreaksAfterAnApostropheNorInsideAnAcronymOrANumber() {
        for (String line : lines) {
            assertFalse(line.endsWith("’") || line.endsWith("'"), line);
            assertFalse(line.matches(".*(\\p{Lu}{2,}|\\d+)-"), line);
        }
    }

    @Test
    void aCentredParagraphIsNotHyphenated() {
        List<String> centred = lines.subList(centredStart(), lines.size());
        assertTrue(centred.stream().noneMatch(PdfHyphenationTest::endsOnAHyphenatedWord), String.join("\n", centred));
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        assertArrayEquals(pdf, new PdfWriter().write(SampleDocuments.parse(XHTML), folder));
    }

    @Test
    void staysPdfA2b() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }
}
