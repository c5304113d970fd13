package fr.ctg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.compose.Composer;
import fr.ctg.compose.XhtmlQuery;
import fr.ctg.model.Convention;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.write.pdf.VeraPdf;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The documents of Forcalquier's avenant n° 1 and of the convention it amends, consolidated. */
class AvenantDocumentsTest {

    private static final Path CONVENTION = Path.of("../conventions/forcalquier-2022-2024/convention.yaml").toAbsolutePath().normalize();
    private static final DocumentGenerator GENERATOR = new DocumentGenerator();

    private static ConventionSet set;
    private static Convention forcalquier;
    private static Avenant avenant01;

    @BeforeAll
    static void load() {
        set = Generation.valid(CONVENTION);
        forcalquier = set.convention();
        avenant01 = set.avenantValues().get(0);
    }

    @Test
    void l_avenant_dit_son_objet_article_par_article() throws Exception {
        String xhtml = XhtmlQuery.serialized(new Composer().composeAvenant(avenant01, forcalquier, List.of(),
                set.avenants().get(0).source(), set.source()));
        String text = spaces(xhtml.replaceAll("<[^>]+>", " "));

        assertTrue(xhtml.contains("Avenant n°\u00a01 à la Convention Territoriale Globale 2022-2024"), xhtml);
        assertTrue(text.contains("Vu la convention territoriale globale signée le 9 novembre 2022 ;"), text);
        assertTrue(text.contains("Monsieur David GEHANT, dûment autorisé à signer le présent avenant par délibération de son conseil communautaire ;"), text);
        assertTrue(text.contains("Il est convenu ce qui suit :"), text);
        assertTrue(text.contains("ARTICLE 1 - PLAN D’ACTIONS L’annexe 3 est complétée par les fiches actions 5.1, 5.2 et 6.1 suivantes :"), text);
        assertTrue(text.contains("Fiche action 5.1 : Coordonner et développer l’offre de soutien à la parentalité"), text);
        assertTrue(text.contains("ARTICLE 2 - DATE D’EFFET Le présent avenant prend effet le 1er avril 2023."), text);
        assertTrue(text.contains("ARTICLE 3 - AUTRES DISPOSITIONS Les autres dispositions de la convention demeurent inchangées."), text);
        assertTrue(text.contains("Fait à Digne les bains, le 15 mars 2023"), text);
        assertEquals(8, xhtml.split("class=\"signature\"", -1).length - 1, "un bloc de signature par représentant");
    }

    @Test
    void les_pdf_de_l_avenant_et_de_la_version_consolidee_sont_des_pdf_a_et_la_version_consolidee_contient_les_nouvelles_fiches()
            throws Exception {
        Documents avenant = Generation.avenant(GENERATOR, set, 0);
        Documents consolidee = Generation.consolidated(GENERATOR, set);

        assertEquals(List.of(), VeraPdf.failures(avenant.pdf()));
        assertEquals(List.of(), VeraPdf.failures(consolidee.pdf()));
        String text = text(consolidee.pdf());
        assertTrue(text.contains("Version consolidée après l’avenant n"), text);
        assertTrue(text.contains("Fiche action 5.2"), text);
        assertTrue(text.contains("Développer les lieux d’accueil enfants-parents"), text);
        assertTrue(text.contains("Fiche action 6.1"), text);
        assertTrue(!text.contains("feront l’objet d’un avenant"), "les axes 5 et 6 n’attendent plus d’avenant");
        assertTrue(avenant.docx().length > 0);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return spaces(new PDFTextStripper().getText(document));
        }
    }

    /** Every run of spaces, no-break ones included, as one space. */
    private static String spaces(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]+", " ");
    }

}
