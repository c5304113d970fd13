package fr.ctg.style;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Documents;
import fr.ctg.generate.Generation;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.write.docx.DocxParts;
import fr.ctg.write.pdf.AnnexedPdfTest;
import fr.ctg.write.pdf.VeraPdf;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Caf's style file changes the PDF and the DOCX alike, and the PDF stays PDF/A-2u and PDF/UA-1. */
class HouseStyleDocumentsTest {

    private static final String STYLE = """
            logo:
              fichier: logo.png
              description: Logo de la Caf de l’Exemple
              largeur: 30
            couleurs:
              titres: "#0A5EA8"
              texte: "#1A1A1A"
              accents: "#FFD500"
            polices:
              titres: Liberation Serif
              texte: Liberation Sans
            taille: 10.5
            en_tete: Caf de l’Exemple
            pied_de_page: Caf de l’Exemple — page {page} sur {pages}
            marges:
              haut: 30
              gauche: 25
            """;

    @TempDir
    static Path temp;

    private static final DocumentGenerator GENERATOR = new DocumentGenerator();
    private static byte[] logo;
    private static Documents documents;
    private static ConventionSet set;

    @BeforeAll
    static void generate() throws Exception {
        logo = StyleFixture.png(60, 30, new Color(10, 94, 168));
        StyleFixture fixture = new StyleFixture(temp).file("logo.png", logo).style(STYLE);
        set = Generation.valid(fixture.conventionFile());
        documents = Generation.convention(GENERATOR, set);
    }

    @Test
    void thePdfHasTheTitleColourTheLogoAndTheHeaderAndFooterTexts() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf())) {
            PDPage first = pdf.getPage(0);
            String content = content(first);
            assertTrue(content.contains("0.03922 0.36863 0.65882 rg"), "couleur des titres absente de la page 1");
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : first.getResources().getXObjectNames()) {
                if (first.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertEquals(1, images.size());
            assertEquals(List.of(60, 30), List.of(images.get(0).getWidth(), images.get(0).getHeight()));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String text = stripper.getText(pdf);
            assertTrue(text.startsWith("Caf de l’Exemple\n"), text);
            assertTrue(text.contains("Caf de l’Exemple — page 1 sur " + pdf.getNumberOfPages() + "\n"), text);
            assertEquals(List.of("Logo de la Caf de l’Exemple"), AnnexedPdfTest.figures(pdf));
        }
    }

    @Test
    void thePdfWithTheHouseStyleIsStillPdfA2uAndPdfUa1AndTheSameEveryTime() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(documents.pdf()));
        assertArrayEquals(documents.pdf(), Generation.convention(GENERATOR, set).pdf());
    }

    @Test
    void theDocxHasTheStylesColoursFontsSizeMarginsAndTheLogoInTheFirstPageHeader() throws Exception {
        DocxParts docx = new DocxParts(documents.docx());

        assertEquals("0A5EA8", docx.xpath("word/styles.xml", "//w:style[@w:styleId='Heading1']/w:rPr/w:color/@w:val"));
        assertEquals("Liberation Serif", docx.xpath("word/styles.xml", "//w:style[@w:styleId='Titre']/w:rPr/w:rFonts/@w:ascii"));
        assertEquals("1A1A1A", docx.xpath("word/styles.xml", "//w:docDefaults/w:rPrDefault/w:rPr/w:color/@w:val"));
        assertEquals("Liberation Sans", docx.xpath("word/styles.xml", "//w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii"));
        assertEquals("21", docx.xpath("word/styles.xml", "//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val"));
        assertEquals("FFD500", docx.xpath("word/styles.xml", "//w:style[@w:styleId='TableauCTG']/w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd/@w:fill"));
        assertEquals("1701 1134 1134 1417", docx.xpath("word/document.xml", "concat(//w:sectPr/w:pgMar/@w:top, ' ', //w:sectPr/w:pgMar/@w:right,"
                + " ' ', //w:sectPr/w:pgMar/@w:bottom, ' ', //w:sectPr/w:pgMar/@w:left)"));
        assertEquals("Caf de l’Exemple", docx.xpath("word/header.xml", "/w:hdr/w:p"));
        assertEquals("Caf de l’Exemple — page 1 sur 1", docx.xpath("word/footer.xml", "/w:ftr/w:p"));
        assertEquals(" PAGE | NUMPAGES ", docx.xpath("word/footer.xml", "concat(//w:fldSimple[1]/@w:instr, '|', //w:fldSimple[2]/@w:instr)"));

        assertEquals("true", docx.xpath("word/document.xml", "boolean(//w:sectPr/w:titlePg)"));
        assertEquals("header-premiere-page.xml", target(docx, "document.xml", "//w:sectPr/w:headerReference[@w:type='first']/@r:id"));
        assertEquals("Logo de la Caf de l’Exemple", docx.xpath("word/header-premiere-page.xml", "//wp:docPr/@descr"));
        assertEquals("1080000 540000", docx.xpath("word/header-premiere-page.xml", "concat(//wp:extent/@cx, ' ', //wp:extent/@cy)"));
        assertEquals("Caf de l’Exemple", docx.xpath("word/header-premiere-page.xml", "/w:hdr/w:p[2]"));
        assertEquals("media/logo.png", target(docx, "header-premiere-page.xml", "//a:blip/@r:embed"));
        assertArrayEquals(logo, docx.part("word/media/logo.png"));
        assertEquals(docx.xpath("word/document.xml", "//w:sectPr/w:footerReference[@w:type='default']/@r:id"),
                docx.xpath("word/document.xml", "//w:sectPr/w:footerReference[@w:type='first']/@r:id"));
        assertArrayEquals(documents.docx(), Generation.convention(GENERATOR, set).docx());
    }

    /** The part that a relationship of {@code word/<part>} names, its id found by {@code idPath}. */
    private static String target(DocxParts docx, String part, String idPath) {
        return docx.xpath("word/_rels/" + part + ".rels", "//rel:Relationship[@Id = '" + docx.xpath("word/" + part, idPath) + "']/@Target");
    }

    private static String content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
