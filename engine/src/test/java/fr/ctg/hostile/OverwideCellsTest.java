package fr.ctg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Documents;
import fr.ctg.generate.Generation;
import fr.ctg.write.docx.DocxText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Words longer than a table's column (a reference, an address without spaces, a URL, an amount of thirty digits, in
 * the equipment and financing annexes) wrap inside the page in the PDF, none of their characters lost past its edge;
 * the DOCX's tables have a fixed layout as wide as the page, where Word wraps them too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverwideCellsTest {

    private static final Path CASE = HostileCase.CORPUS.resolve("cellules-trop-larges/convention.yaml");
    /** A4 less the right margin of convention.css (2 cm), in points. */
    private static final float TEXT_RIGHT_EDGE = 595.28f - 2f / 2.54f * 72f;
    private static final List<String> LONG_WORDS = List.of(
            "Multiaccueilintercommunal" + "LesLucioles".repeat(10),
            "REF-2024-0000000000000000000000000000000000000000000000000000000000000042",
            "Fonctionnementdumultiaccueilintercommunal".repeat(4));

    private Documents documents;

    @BeforeAll
    void generate() throws Exception {
        documents = Generation.convention(new DocumentGenerator(), Generation.valid(CASE));
    }

    @Test
    void printsEveryCharacterOfTheLongWordsInsideThePage() throws IOException {
        List<Float> rightEdges = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(documents.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    rightEdges.add(position.getXDirAdj() + position.getWidthDirAdj());
                    super.processTextPosition(position);
                }
            };
            text.append(stripper.getText(pdf));
        }
        float rightmost = rightEdges.stream().max(Float::compare).orElseThrow();
        assertTrue(rightmost <= TEXT_RIGHT_EDGE + 1, "un caractère finit à " + rightmost + " pt, au-delà de la marge (" + TEXT_RIGHT_EDGE + ")");
        String printed = LiteralRenderingTest.withoutSpaces(text.toString()).replace("-", "");
        for (String word : LONG_WORDS) {
            assertTrue(printed.contains(word.replace("-", "")), "PDF sans « " + word + " »");
        }
        assertTrue(printed.contains("123456789012345,12€"), "PDF sans le montant entier");
    }

    @Test
    void fixesTheLayoutOfEveryTableOfTheDocxToThePageWidth() throws IOException {
        String body = documentXml(documents.docx());
        // the tables of the annexes have a style; the signature grid's boxes are centred tables of their own size
        Matcher tables = Pattern.compile("<w:tblPr><w:tblStyle .*?</w:tblPr>").matcher(body);
        int count = 0;
        while (tables.find()) {
            count++;
            assertTrue(tables.group().contains("<w:tblW w:w=\"5000\" w:type=\"pct\"/>"), tables.group());
            assertTrue(tables.group().contains("<w:tblLayout w:type=\"fixed\"/>"), tables.group());
        }
        assertTrue(count >= 2, count + " tableaux");
        String docx = LiteralRenderingTest.withoutSpaces(String.join("\n", DocxText.lines(documents.docx())));
        for (String word : LONG_WORDS) {
            assertTrue(docx.contains(word), "DOCX sans « " + word + " »");
        }
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("DOCX sans word/document.xml");
    }
}
