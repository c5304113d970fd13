package fr.ctg.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.ctg.avenant.AvenantFixture;
import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Documents;
import fr.ctg.generate.Generation;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.write.docx.DocxParts;
import fr.ctg.write.pdf.FallbackFontTest;
import fr.ctg.write.pdf.VeraPdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Caf's own font is embedded in the PDF, still PDF/A-2u and PDF/UA-1, and named by the DOCX's styles. */
class CafFontDocumentsTest {

    private static final String STYLE = "polices:\n  titres: CafExemple Sans\n  texte: CafExemple Sans\n";
    private static final DocumentGenerator GENERATOR = new DocumentGenerator();

    @TempDir
    Path temp;

    private Documents generate(StyleFixture fixture) throws Exception {
        return Generation.convention(GENERATOR, Generation.valid(fixture.style(STYLE).conventionFile()));
    }

    @Test
    void thePdfEmbedsTheCafsFacesAndTheDocxNamesTheFamily() throws Exception {
        StyleFixture fixture = new StyleFixture(temp);
        for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            fixture.file("polices/CafExempleSans-" + face + ".ttf", FontFixtures.cafExemple(face));
        }
        Documents documents = generate(fixture);

        assertEquals(List.of("CafExempleSans", "CafExempleSans-Bold", "CafExempleSans-Italic", "LiberationSans", "LiberationSans-Bold"), FallbackFontTest.fonts(documents.pdf()));
        assertEquals(List.of(), VeraPdf.failures(documents.pdf()));
        DocxParts docx = new DocxParts(documents.docx());
        assertEquals("CafExemple Sans", docx.xpath("word/styles.xml", "//w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii"));
        assertEquals("CafExemple Sans", docx.xpath("word/styles.xml", "//w:style[@w:styleId='Titre']/w:rPr/w:rFonts/@w:ascii"));
    }

    @Test
    void aCharacterNeitherTheCafsFontNorTheFallbackHasIsNamedByValider() throws Exception {
        StyleFixture fixture = new StyleFixture(temp).style(STYLE)
                .file("polices/CafExempleSans-Regular.ttf", FontFixtures.asciiOnly(FontFixtures.cafExemple("Regular")));
        Path file = fixture.conventionFile();
        Files.writeString(file, Files.readString(file).replace("nom: Claire MARTIN", "nom: Claire \u1D6B MARTIN"));

        List<String> diagnostics = new ConventionPipeline().load(file).diagnostics().stream()
                .filter(d -> d.code().equals("CTG-CARACTERE-PDF"))
                .map(d -> d.position().line() + ":" + d.position().column() + ": " + d.message()).toList();

        assertEquals(List.of("21:21: « nom » contient le caractère U+1D6B (LATIN SMALL LETTER UE), qu’aucune police du PDF n’a : le PDF"
                + " imprime « # » à sa place, le DOCX le garde"), diagnostics);
        Files.delete(fixture.styleFolder().resolve(HouseStyleLookup.STYLE_FILE_NAME));
        assertEquals(List.of(), new ConventionPipeline().load(file).diagnostics().stream().filter(d -> d.code().equals("CTG-CARACTERE-PDF")).toList());
    }

    @Test
    void aCharacterOfAnAvenantIsJudgedAgainstTheCafsFontToo() throws Exception {
        StyleFixture fixture = new StyleFixture(temp).style(STYLE)
                .file("polices/CafExempleSans-Regular.ttf", FontFixtures.asciiOnly(FontFixtures.cafExemple("Regular")));
        Path avenant = Files.createDirectories(fixture.conventionFile().resolveSibling("avenants")).resolve("avenant-01.yaml");
        Files.writeString(avenant, AvenantFixture.ENTETE + """
                  - ajout_fiches:
                      fiches:
                        - numero: "2.1"
                          titre: Soutenir les parents ᵫ
                          contexte: Aucun lieu d’accueil enfants-parents.
                          objectifs: Ouvrir un LAEP.
                          public_vise: Les parents
                """);

        List<String> diagnostics = new ConventionPipeline().load(fixture.conventionFile()).diagnostics().stream()
                .filter(d -> d.code().equals("CTG-AVENANT-CARACTERE-PDF"))
                .map(d -> d.position().file().getFileName() + ":" + d.position().line() + ":" + d.position().column()).toList();

        assertEquals(List.of("avenant-01.yaml:11:39"), diagnostics);
    }

    @Test
    void aCharacterTheCafsFontLacksIsPrintedWithTheFallbackFont() throws Exception {
        StyleFixture fixture = new StyleFixture(temp).file("polices/CafExempleSans-Regular.ttf", FontFixtures.asciiOnly(FontFixtures.cafExemple("Regular")));
        Documents documents = generate(fixture);

        assertEquals(List.of("CafExempleSans", "DejaVuSans", "DejaVuSans-Bold", "LiberationSans", "LiberationSans-Bold"), FallbackFontTest.fonts(documents.pdf()));
        try (PDDocument pdf = Loader.loadPDF(documents.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertFalse(text.contains("#"), text);
        }
        assertEquals(List.of(), VeraPdf.failures(documents.pdf()));
    }
}
