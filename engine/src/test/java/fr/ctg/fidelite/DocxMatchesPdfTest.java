package fr.ctg.fidelite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.write.docx.DocxText;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DOCX and the PDF of Forcalquier say the same thing: the same tokens (text between spaces and line ends, so
 * punctuation, apostrophes and no-break spaces count) in the same order, once the PDF's page furniture is removed.
 * Lines cannot be compared: the PDF wraps them and the DOCX leaves wrapping to the word processor.
 */
class DocxMatchesPdfTest {

    private static List<String> pdf;
    private static List<String> docx;

    @BeforeAll
    static void extract() throws Exception {
        ForcalquierDocuments forcalquier = ForcalquierDocuments.render();
        pdf = PdfText.tokens(forcalquier.pdf(), forcalquier.xhtml());
        docx = PdfText.tokens(String.join("\n", DocxText.lines(forcalquier.docx())));
    }

    @Test
    void theDocxAndThePdfHaveTheSameTokensInTheSameOrder() {
        int first = 0;
        while (first < Math.min(pdf.size(), docx.size()) && pdf.get(first).equals(docx.get(first))) {
            first++;
        }
        assertEquals(around(pdf, first), around(docx, first), "premier écart au mot " + first + " (PDF puis DOCX)");
        assertEquals(pdf.size(), docx.size());
    }

    private static String around(List<String> tokens, int index) {
        return String.join(" ", tokens.subList(Math.max(0, index - 12), Math.min(tokens.size(), index + 12)));
    }
}
