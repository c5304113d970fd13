package fr.ctg.write.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.compose.ComposedDocument;
import fr.ctg.write.SampleDocuments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The XHTML subset of templates/XHTML.md, element by element, on small documents. */
class DocxWriterContractTest {

    private static final String DOC = "word/document.xml";
    private static final DocxWriter WRITER = new DocxWriter();

    private static DocxParts write(String body) {
        return new DocxParts(WRITER.write(SampleDocuments.withBody(body), Path.of(".")));
    }

    @Test
    void escapedCharactersAndFrenchSpacesComeOutLiterally() throws Exception {
        ComposedDocument xhtml = SampleDocuments.document(SampleDocuments.TYPOGRAPHIE);
        byte[] docx = WRITER.write(xhtml, Path.of("."));
        DocxParts parts = new DocxParts(docx);
        assertEquals("La part de la Caf atteint 248\u202f220,56\u00a0€\u202f; «\u00a0l’avance\u00a0» reste entière.",
            parts.xpath(DOC, "/w:document/w:body/w:p[1]/w:r/w:t"));
        assertEquals("Signes : a & b, 1 < 2, 3 > 2, <strong>pas une balise</strong> &amp;",
            parts.xpath(DOC, "/w:document/w:body/w:p[2]/w:r/w:t"));
        assertEquals(1, parts.count(DOC, "/w:document/w:body/w:p[2]/w:r"));
        assertEquals("Essai & typographie", parts.xpath("docProps/core.xml", "/cp:coreProperties/dc:title"));
        assertEquals(XhtmlText.lines(xhtml), DocxText.lines(docx));
    }

    @Test
    void whiteSpaceCollapsesAcrossRunsAndStaysInTheRunWhereItIs() {
        DocxParts parts = write("<p>  Des   espaces\n  <strong>gras</strong> <em>italique</em>,<strong> suivi</strong>  fin.  </p>");
        String runs = "/w:document/w:body/w:p[1]/w:r";
        assertEquals(List.of("Des espaces ", "gras", " ", "italique", ",", " suivi", " fin."),
            List.of(parts.xpath(DOC, runs + "[1]/w:t"), parts.xpath(DOC, runs + "[2]/w:t"),
                parts.xpath(DOC, runs + "[3]/w:t"), parts.xpath(DOC, runs + "[4]/w:t"),
                parts.xpath(DOC, runs + "[5]/w:t"), parts.xpath(DOC, runs + "[6]/w:t"),
                parts.xpath(DOC, runs + "[7]/w:t")));
        assertEquals("preserve", parts.xpath(DOC, runs + "[1]/w:t/@xml:space"));
    }

    @Test
    void spacesAroundALineBreakAreDropped() {
        DocxParts parts = write("<p>avant <br/> après</p>");
        assertEquals("avant", parts.xpath(DOC, "//w:r[1]/w:t"));
        assertEquals("après", parts.xpath(DOC, "//w:r[3]/w:t"));
    }

    @Test
    void listsNestUpToThreeLevelsAndAnOrderedListInsideBulletsGetsItsOwnNumbering() {
        DocxParts parts = write("""
            <ul><li>un<ol><li>deux<ul><li>trois</li></ul></li></ol></li></ul>
            """);
        assertEquals("0", parts.xpath(DOC, "//w:p[. = 'un']/w:pPr/w:numPr/w:ilvl/@w:val"));
        assertEquals("1", parts.xpath(DOC, "//w:p[. = 'deux']/w:pPr/w:numPr/w:ilvl/@w:val"));
        assertEquals("2", parts.xpath(DOC, "//w:p[. = 'trois']/w:pPr/w:numPr/w:ilvl/@w:val"));
        assertEquals("1", parts.xpath(DOC, "//w:p[. = 'un']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals("3", parts.xpath(DOC, "//w:p[. = 'deux']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals("1", parts.xpath(DOC, "//w:p[. = 'trois']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals("1", parts.xpath("word/numbering.xml", "//w:num[@w:numId='3']/w:lvlOverride[@w:ilvl='1']/w:startOverride/@w:val"));
    }

    @Test
    void twoSuccessiveOrderedListsEachStartAtOne() {
        DocxParts parts = write("<ol><li>a</li></ol><p>entre</p><ol><li>b</li></ol>");
        assertEquals("3", parts.xpath(DOC, "//w:p[. = 'a']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals("4", parts.xpath(DOC, "//w:p[. = 'b']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals(2, parts.count("word/numbering.xml", "//w:num[w:lvlOverride/w:startOverride/@w:val='1']"));
    }

    @Test
    void laterParagraphsOfAListItemAreIndentedNotNumbered() {
        DocxParts parts = write("<ul><li><p>premier</p><p>suite</p></li></ul>");
        assertEquals(1, parts.count(DOC, "//w:p[. = 'premier'][w:pPr/w:numPr]"));
        assertEquals(0, parts.count(DOC, "//w:p[. = 'suite'][w:pPr/w:numPr]"));
        assertEquals("720", parts.xpath(DOC, "//w:p[. = 'suite']/w:pPr/w:ind/@w:left"));
    }

    @Test
    void aFourthListLevelBreaksTheContract() {
        XhtmlContractException e = assertThrows(XhtmlContractException.class,
            () -> write("<ul><li>1<ul><li>2<ul><li>3<ul><li>4</li></ul></li></ul></li></ul></li></ul>"));
        assertEquals("liste imbriquée sur plus de 3 niveaux", e.getMessage());
    }

    @Test
    void aBlockInsideATextIsRejected() {
        XhtmlContractException e = assertThrows(XhtmlContractException.class, () -> write("<p>a <ul><li>b</li></ul></p>"));
        assertEquals("élément <ul> inattendu dans un texte : seuls <strong>, <em> et <br/> y sont admis", e.getMessage());
    }

    @Test
    void aSignedDocumentWithoutStampHasNeitherWatermarkNorStamp() {
        DocxParts parts = write("<p>a</p>");
        assertEquals(0, parts.count("word/header.xml", "//w:pict"));
        assertEquals(0, parts.count("word/header.xml", "//w:p[w:pPr/w:pStyle/@w:val='Tampon']"));
        assertEquals(0, parts.count("word/settings.xml", "/w:settings/w:updateFields"));
    }

    @Test
    void anOddSignatoryGetsARowOfItsOwnWithAnEmptySecondCell() {
        DocxParts parts = write("""
            <div class="signatures">
              <div class="signature" id="signature-1" data-signataire="A"><p class="qualite">Q1</p><div class="case-signature"/><p class="nom">A</p></div>
              <div class="signature" id="signature-2" data-signataire="B"><p class="qualite">Q2</p><div class="case-signature"/><p class="nom">B</p></div>
              <div class="signature" id="signature-3" data-signataire="C"><p class="qualite">Q3</p><div class="case-signature"/><p class="nom">C</p></div>
            </div>
            """);
        String grid = "/w:document/w:body/w:tbl";
        assertEquals(2, parts.count(DOC, grid + "/w:tr"));
        assertEquals("QC", parts.xpath(DOC, grid + "/w:tr[2]/w:tc[1]").replace("Q3", "Q"));
        assertEquals("", parts.xpath(DOC, grid + "/w:tr[2]/w:tc[2]"));
        assertEquals(3, parts.count(DOC, grid + "//w:tbl"));
        assertEquals(2, parts.count(DOC, grid + "/w:tr/w:trPr/w:cantSplit"));
    }

    @Test
    void withoutColgroupColumnsShareTheWidthEqually() {
        DocxParts parts = write("<table><tbody><tr><td>a</td><td>b</td><td>c</td></tr></tbody></table>");
        assertEquals("3213", parts.xpath(DOC, "//w:gridCol[1]/@w:w"));
        assertEquals("3212", parts.xpath(DOC, "//w:gridCol[3]/@w:w"));
        assertEquals(0, parts.count(DOC, "//w:tblHeader"));
    }

    @Test
    void zipTimestampsComeFromTheDocumentDateWhateverTheTimeZone() {
        ComposedDocument xhtml = SampleDocuments.withBody("<p>a</p>");
        byte[] here = WRITER.write(xhtml, Path.of("."));
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertArrayEquals(here, WRITER.write(xhtml, Path.of(".")));
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(here))) {
                assertEquals(java.time.LocalDateTime.of(2024, 1, 31, 0, 0), in.getNextEntry().getTimeLocal());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void headingIdsBecomeValidWordBookmarkNames() {
        assertEquals("article_1", Bookmarks.wordName("article-1"));
        assertEquals("h_1_objet", Bookmarks.wordName("1-objet"));
        assertEquals("pr_ambule", Bookmarks.wordName("préambule"));
        assertEquals(40, Bookmarks.wordName("a".repeat(60)).length());
        DocxParts parts = write("<h2 id=\"x-1\">A</h2><h2 id=\"x_1\">B</h2>");
        assertEquals("x_1", parts.xpath(DOC, "//w:p[. = 'A']/w:bookmarkStart/@w:name"));
        assertEquals("x_1_2", parts.xpath(DOC, "//w:p[. = 'B']/w:bookmarkStart/@w:name"));
        assertFalse(parts.xpath(DOC, "//w:p[. = 'A']/w:bookmarkStart/@w:id")
            .equals(parts.xpath(DOC, "//w:p[. = 'B']/w:bookmarkStart/@w:id")));
    }
}
