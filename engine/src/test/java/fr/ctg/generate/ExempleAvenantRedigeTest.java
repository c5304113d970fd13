package fr.ctg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.pipeline.ConventionSet;
import fr.ctg.write.pdf.AnnexedPdfTest;
import fr.ctg.write.pdf.VeraPdf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example of examples/coteaux-exemple-2024-2028: an avenant that writes its préambule and free articles, rewrites
 * an article by id and adds two annexes, one of them a PDF appended like the deliberations, under its own bookmark.
 */
class ExempleAvenantRedigeTest {

    private static final Path CONVENTION = Path.of("../examples/coteaux-exemple-2024-2028/convention.yaml").toAbsolutePath().normalize();
    private static final DocumentGenerator GENERATOR = new DocumentGenerator();
    private static final String CARTE = "Carte des équipements et services aux familles";

    private static ConventionSet set;

    @BeforeAll
    static void load() {
        set = Generation.valid(CONVENTION);
    }

    @Test
    void l_exemple_n_a_aucun_diagnostic() {
        assertEquals(List.of(), set.diagnostics());
    }

    @Test
    void l_avenant_joint_le_pdf_de_son_annexe_sous_le_signet_de_son_article() throws Exception {
        byte[] pdf = Generation.avenant(GENERATOR, set, 0).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(List.of("ARTICLE 5 - ANNEXES", "  Annexe 8 – Carte des équipements"), around("ARTICLE 5 - ANNEXES", outline(document)));
            assertTrue(lastFigure(document).contains(" : " + CARTE), lastFigure(document));
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    @Test
    void la_version_consolidee_a_les_annexes_ajoutees_et_l_article_reecrit() throws Exception {
        byte[] pdf = Generation.consolidated(GENERATOR, set).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> outline = outline(document);
            assertEquals(List.of("ANNEXE 7 – Schéma de développement des services aux familles", "ANNEXE 8 – Carte des équipements",
                    "  Annexe 8 – Carte des équipements"), outline.subList(outline.size() - 3, outline.size()));
            assertTrue(lastFigure(document).contains(" : " + CARTE), lastFigure(document));
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0\u202f]+", " ");
            assertTrue(text.contains("ARTICLE 5 - ENGAGEMENTS DES PARTENAIRES La Caf et la Communauté de communes s’engagent à mettre en"
                    + " œuvre le schéma de développement"), text);
        }
    }

    /** The appended pages are images: their text is in the description of their figure. */
    private static String lastFigure(PDDocument document) {
        List<String> figures = AnnexedPdfTest.figures(document);
        return figures.get(figures.size() - 1);
    }

    /** The bookmark with this title and the ones nested in it. */
    private static List<String> around(String title, List<String> outline) {
        int at = outline.indexOf(title);
        int end = at + 1;
        while (end < outline.size() && outline.get(end).startsWith("  ")) {
            end++;
        }
        return outline.subList(at, end);
    }

    /** Every bookmark's title, two spaces deeper per level. */
    private static List<String> outline(PDDocument document) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
            item.children().forEach(child -> titles.add("  " + child.getTitle()));
        }
        return titles;
    }
}
