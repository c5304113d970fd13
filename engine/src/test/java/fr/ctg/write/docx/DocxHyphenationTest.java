package fr.ctg.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.compose.ComposedDocument;
import fr.ctg.write.SampleDocuments;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Word hyphenates the DOCX automatically, with its French rules, as the PDF writer hyphenates the PDF. */
class DocxHyphenationTest {

    private static final String SETTINGS = "word/settings.xml";
    private static final String STYLES = "word/styles.xml";
    private static final ComposedDocument XHTML =
            SampleDocuments.withBody("<p>Les conventions territoriales globales accompagnent administrativement les familles.</p>");

    private static void assertFrenchAutomaticHyphenation(DocxParts parts) {
        assertEquals("1", parts.xpath(SETTINGS, "count(/w:settings/w:autoHyphenation)"));
        assertEquals("true", parts.xpath(SETTINGS, "not(/w:settings/w:autoHyphenation/@w:val)"
                + " or /w:settings/w:autoHyphenation/@w:val = 'true' or /w:settings/w:autoHyphenation/@w:val = '1'"));
        assertEquals("1", parts.xpath(SETTINGS, "count(/w:settings/w:doNotHyphenateCaps)"));
        assertEquals("fr-FR", parts.xpath(STYLES, "/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val"));
        assertEquals("0", parts.xpath("word/document.xml", "count(//w:suppressAutoHyphens | //w:lang[@w:val != 'fr-FR'])"));
    }

    @Test
    void titlesHeadingsAndTableCellsStayWholeAsInThePdf() {
        DocxParts parts = new DocxParts(new DocxWriter().write(XHTML, Path.of(".")));
        for (String style : FrenchHyphenation.NOT_HYPHENATED) {
            assertEquals("1", parts.xpath(STYLES, "count(/w:styles/w:style[@w:styleId='" + style + "']/w:pPr/w:suppressAutoHyphens)"), style);
        }
        assertEquals("0", parts.xpath(STYLES, "count(/w:styles/w:style[@w:styleId='Normal']/w:pPr/w:suppressAutoHyphens)"));
    }

    @Test
    void theHouseStyleDocumentIsHyphenatedAutomaticallyInFrench() {
        assertFrenchAutomaticHyphenation(new DocxParts(new DocxWriter().write(XHTML, Path.of("."))));
    }

    @Test
    void soIsADocumentOfAHouseStyleThatSaysNothingOfHyphenation() throws Exception {
        DocxParts parts = new DocxParts(new DocxWriter(HouseStyleGenerator.generate()).write(XHTML, Path.of(".")));
        assertFrenchAutomaticHyphenation(parts);
        assertEquals("425", parts.xpath(SETTINGS, "/w:settings/w:hyphenationZone/@w:val"));
    }
}
