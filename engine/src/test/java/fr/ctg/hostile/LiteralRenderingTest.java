package fr.ctg.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.compose.Composer;
import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Documents;
import fr.ctg.generate.Generation;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.write.docx.DocxText;
import java.io.IOException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Template syntax and markup typed into the text fields of a valid convention are text: both documents show them
 * character for character, and the composed XHTML stays well-formed. Nothing is executed, parsed or fetched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiteralRenderingTest {

    private final DocumentGenerator generator = new DocumentGenerator();
    private final Composer composer = new Composer();

    @TestFactory
    Stream<DynamicTest> templateSyntaxAndMarkupAppearLiterallyInBothDocuments() {
        return HostileCase.all().stream().filter(c -> !c.literalTexts().isEmpty()).map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> {
            ConventionSet set = Generation.valid(hostile.convention());
            // composing parses the document and checks it against templates/XHTML.md
            composer.composeConvention(set.convention(), set.source());
            Documents documents = Generation.convention(generator, set);
            String pdf = withoutSpaces(pdfText(documents.pdf()));
            String docx = withoutSpaces(String.join("\n", DocxText.lines(documents.docx())));
            for (String literal : hostile.literalTexts()) {
                assertTrue(pdf.contains(withoutSpaces(literal)), "PDF sans « " + literal + " »");
                assertTrue(docx.contains(withoutSpaces(literal)), "DOCX sans « " + literal + " »");
            }
        }));
    }

    /** Lines wrap and typography adds no-break spaces: the characters themselves are compared, in order. */
    static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\u00a0\u202f\u2009]+", "");
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
