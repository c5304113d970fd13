package fr.ctg.write.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.write.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared sample (xhtml/echantillon.xhtml) written as DOCX. */
class DocxWriterSampleTest {

    private static final String DOC = "word/document.xml";
    private static final Path CONVENTION_DIR = Path.of("conventions/echantillon");

    private static String xhtml;
    private static byte[] docx;
    private static DocxParts parts;

    @BeforeAll
    static void writeSample() throws IOException {
        xhtml = SampleDocuments.text(SampleDocuments.ECHANTILLON);
        docx = new DocxWriter().write(SampleDocuments.parse(xhtml), CONVENTION_DIR);
        parts = new DocxParts(docx);
    }

    @Test
    void headingsBecomeHeadingStylesOneForOne() {
        assertEquals(7, parts.count(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Heading1']"));
        assertEquals(1, parts.count(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Heading2']"));
        assertEquals(1, parts.count(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Heading3']"));
        assertEquals(countOf("<h1 "), parts.count(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Heading1']"));
    }

    @Test
    void headingsCarryABookmarkNamedAfterTheirId() {
        assertEquals("ARTICLE 1 - OBJET DE LA CONVENTION TERRITORIALE GLOBALE",
            parts.xpath(DOC, "//w:p[w:bookmarkStart/@w:name='article_1']"));
        assertEquals(9, parts.count(DOC, "//w:bookmarkStart"));
        assertEquals(9, parts.count(DOC, "//w:bookmarkEnd"));
    }

    @Test
    void classedParagraphsTakeTheHouseStyles() {
        assertEquals("Convention Territoriale Globale", parts.xpath(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Titre']"));
        assertEquals("2024-2028", parts.xpath(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Sous-titre']"));
        assertEquals("Contexte (Les constats et les raisons justifiant cette action)",
            parts.xpath(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Note']"));
    }

    @Test
    void emphasisAndLineBreakBecomeRunProperties() {
        assertEquals("modalités", parts.xpath(DOC, "//w:r[w:rPr/w:b]/w:t"));
        assertEquals("œuvre", parts.xpath(DOC, "//w:r[w:rPr/w:i]/w:t"));
        assertEquals("La présente convention vise à définir le projet stratégique global du territoire à l’égard"
            + " des familles ainsi que ses ", parts.xpath(DOC, "//w:r[following-sibling::w:r[1]/w:rPr/w:b]/w:t"));
        assertEquals(1, parts.count(DOC, "//w:r/w:br[not(@w:type)]"));
        assertEquals("Elle a pour objet :", parts.xpath(DOC, "//w:r[preceding-sibling::w:r[1]/w:br]/w:t"));
    }

    @Test
    void bulletItemsUseTheHouseBulletNumberingNestedOnesAtLevelOne() {
        String nested = "//w:p[starts-with(., 'Poursuivre la structuration')]";
        assertEquals(2, parts.count(DOC, nested));
        assertEquals(2, parts.count(DOC, nested + "[w:pPr/w:numPr/w:ilvl/@w:val='1']"));
        assertEquals("0", parts.xpath(DOC, "//w:p[. = 'Faciliter la relation parentale.']/w:pPr/w:numPr/w:ilvl/@w:val"));
        assertEquals("1", parts.xpath(DOC, "//w:p[. = 'Faciliter la relation parentale.']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals("1", parts.xpath(DOC, nested + "/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals(8, parts.count(DOC, "//w:p[w:pPr/w:numPr]"));
    }

    @Test
    void eachOrderedListRestartsWithANumberingInstanceOfItsOwn() {
        assertEquals("3", parts.xpath(DOC, "//w:p[. = 'D’identifier les besoins prioritaires ;']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals("3", parts.xpath(DOC,
            "//w:p[. = 'De définir les champs d’intervention à privilégier.']/w:pPr/w:numPr/w:numId/@w:val"));
        String num = "/w:numbering/w:num[@w:numId='3']";
        assertEquals("1", parts.xpath("word/numbering.xml", num + "/w:abstractNumId/@w:val"));
        assertEquals("1", parts.xpath("word/numbering.xml", num + "/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val"));
        assertEquals("decimal", parts.xpath("word/numbering.xml",
            "/w:numbering/w:abstractNum[@w:abstractNumId='1']/w:lvl[@w:ilvl='0']/w:numFmt/@w:val"));
    }

    @Test
    void tablesUseTheHouseStyleAndRepeatTheirHeaderRows() {
        assertEquals(2, parts.count(DOC, "//w:tbl[w:tblPr/w:tblStyle/@w:val='TableauCTG']"));
        assertEquals(2, parts.count(DOC, "//w:tr[w:trPr/w:tblHeader]"));
        assertEquals(2, parts.count(DOC, "//w:tbl/w:tr[1][w:trPr/w:tblHeader]"));
        assertEquals("Les thématiques", parts.xpath(DOC, "//w:tr[w:trPr/w:tblHeader]/w:tc[1]"));
        assertEquals("TableauEntete", parts.xpath(DOC, "//w:tr[w:trPr/w:tblHeader]/w:tc[1]/w:p/w:pPr/w:pStyle/@w:val"));
        assertEquals(6, parts.count(DOC, "//w:tbl[w:tblPr/w:tblStyle/@w:val='TableauCTG'][2]/w:tblGrid/w:gridCol"));
    }

    @Test
    void columnWidthsFollowTheColPercentagesOfTheTextWidth() {
        String grid = "(//w:tbl[w:tblPr/w:tblStyle/@w:val='TableauCTG'])[1]/w:tblGrid/w:gridCol";
        assertEquals("2410", parts.xpath(DOC, grid + "[1]/@w:w"));
        assertEquals("3855", parts.xpath(DOC, grid + "[2]/@w:w"));
        assertEquals("3373", parts.xpath(DOC, grid + "[3]/@w:w"));
    }

    @Test
    void cellParagraphsStaySeparateParagraphs() {
        assertEquals(2, parts.count(DOC, "//w:tc[w:p[1] = 'Un multi-accueil de 20 places'][w:p[2] = 'Un relais petite enfance']/w:p"));
    }

    @Test
    void tableOfContentsIsATocFieldThatWordUpdatesOnOpening() {
        assertEquals(" TOC \\o \"1-3\" \\h \\z \\u ", parts.xpath(DOC, "//w:instrText"));
        assertEquals("Mettez à jour la table des matières (F9)",
            parts.xpath(DOC, "//w:p[w:r/w:instrText]/w:r[preceding-sibling::w:r/w:fldChar/@w:fldCharType='separate']/w:t"));
        assertEquals(1, parts.count("word/settings.xml", "/w:settings/w:updateFields"));
    }

    @Test
    void pageBreaksStartTheNextParagraphOnANewPageWithoutAnEmptyParagraph() {
        assertEquals(0, parts.count(DOC, "//w:br[@w:type='page']"));
        assertEquals(2, parts.count(DOC, "//w:p[w:pPr/w:pageBreakBefore]"));
        assertEquals("Entre :", parts.xpath(DOC, "(//w:p[w:pPr/w:pageBreakBefore])[1]"));
        assertEquals("ANNEXE 2 – Liste des équipements et services soutenus par la collectivité locale",
            parts.xpath(DOC, "(//w:p[w:pPr/w:pageBreakBefore])[2]"));
    }

    @Test
    void signaturesAreABorderlessTwoColumnTableWithAnEmptyBoxPerSignatory() {
        String grid = "//w:tbl[w:tblPr/w:tblStyle/@w:val='TableauSignatures']";
        assertEquals(1, parts.count(DOC, grid));
        assertEquals(2, parts.count(DOC, grid + "/w:tr/w:tc"));
        String cell = grid + "/w:tr/w:tc[1]";
        assertEquals("La Directrice de la Caf de l’Exemple", parts.xpath(DOC, cell + "/w:p[1]"));
        assertEquals("Claire MARTIN", parts.xpath(DOC, cell + "/w:p[2]"));
        assertEquals("exact", parts.xpath(DOC, cell + "/w:tbl/w:tr/w:trPr/w:trHeight/@w:hRule"));
        assertEquals("single", parts.xpath(DOC, cell + "/w:tbl/w:tblPr/w:tblBorders/w:top/@w:val"));
        assertEquals("", parts.xpath(DOC, cell + "/w:tbl"));
    }

    @Test
    void annexedPdfIsNamed() {
        assertEquals("Annexe jointe\u00a0: Délibération du conseil communautaire du 20 novembre 2023",
            parts.xpath(DOC, "/w:document/w:body/w:p[last()]"));
    }

    @Test
    void bodyTextEqualsTheXhtmlTextPlusTheAnnexLine() throws Exception {
        List<String> expected = new ArrayList<>(XhtmlText.lines(SampleDocuments.parse(xhtml)));
        expected.add("Annexe jointe\u00a0: Délibération du conseil communautaire du 20 novembre 2023");
        assertEquals(expected, DocxText.lines(docx));
    }

    @Test
    void documentReopensWithDocx4j() throws Exception {
        WordprocessingMLPackage reopened = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        assertEquals(DocxText.lines(docx), DocxText.lines(reopened));
        assertEquals(1, reopened.getDocumentModel().getSections().size());
    }

    @Test
    void sameXhtmlGivesTheSameBytes() {
        assertArrayEquals(docx, new DocxWriter().write(SampleDocuments.parse(xhtml), CONVENTION_DIR));
    }

    @Test
    void partsAreStoredContentTypesFirstThenByName() {
        List<String> names = parts.names();
        assertEquals("[Content_Types].xml", names.get(0));
        assertEquals(names.subList(1, names.size()).stream().sorted().toList(), names.subList(1, names.size()));
    }

    @Test
    void houseStyleStylesPageSetupHeaderAndFooterAreKept() {
        for (String styleId : List.of("Normal", "Titre", "Sous-titre", "Heading1", "Heading2", "Heading3", "Centre",
            "Droite", "Note", "TableauCTG", "Header", "Footer")) {
            assertEquals(1, parts.count("word/styles.xml", "//w:style[@w:styleId='" + styleId + "']"), styleId);
        }
        assertEquals("0", parts.xpath("word/styles.xml", "//w:style[@w:styleId='Heading1']/w:pPr/w:outlineLvl/@w:val"));
        assertEquals("11906", parts.xpath(DOC, "/w:document/w:body/w:sectPr/w:pgSz/@w:w"));
        assertEquals("1134", parts.xpath(DOC, "/w:document/w:body/w:sectPr/w:pgMar/@w:left"));
        assertEquals(1, parts.count(DOC, "/w:document/w:body/w:sectPr/w:headerReference"));
        assertEquals(1, parts.count(DOC, "/w:document/w:body/w:sectPr/w:footerReference"));
        assertEquals(" PAGE ", parts.xpath("word/footer.xml", "//w:fldSimple[1]/@w:instr"));
        assertEquals(" NUMPAGES ", parts.xpath("word/footer.xml", "//w:fldSimple[2]/@w:instr"));
        assertEquals("Convention territoriale globale", parts.xpath("word/header.xml", "//w:p[w:pPr/w:pStyle/@w:val='Header'][w:r/w:t]"));
    }

    @Test
    void draftGetsAProjetWatermarkAndTheStampGoesIntoTheHeader() {
        assertEquals("PROJET", parts.xpath("word/header.xml", "/w:hdr/w:p[1]/w:r/w:pict/v:shape/v:textpath/@string"));
        assertEquals(2, parts.count("word/header.xml", "/w:hdr/w:p"));
        assertEquals("Accusé de réception en préfecture 004-240400440-20231220-12-2023-CC - Date de réception"
            + " préfecture : 22/12/2023", parts.xpath("word/header.xml", "/w:hdr/w:p[1][w:pPr/w:pStyle/@w:val='Tampon']"));
    }

    @Test
    void headMetasBecomeCoreProperties() {
        String core = "docProps/core.xml";
        assertEquals("Convention Territoriale Globale 2024-2028 - Communauté de communes du Val d’Exemple",
            parts.xpath(core, "/cp:coreProperties/dc:title"));
        assertEquals("Caisse d’allocations familiales de l’Exemple; Communauté de communes du Val d’Exemple",
            parts.xpath(core, "/cp:coreProperties/dc:subject"));
        assertEquals("2023-12-15T00:00:00Z", parts.xpath(core, "/cp:coreProperties/dcterms:created"));
        assertEquals("2023-12-15T00:00:00Z", parts.xpath(core, "/cp:coreProperties/dcterms:modified"));
    }

    private static int countOf(String needle) {
        return xhtml.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
