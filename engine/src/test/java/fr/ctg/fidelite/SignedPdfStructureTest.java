package fr.ctg.fidelite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.write.pdf.VeraPdf;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Forcalquier PDF is ready to sign and to read: signature fields, bookmarks, PDF/A-2b. */
class SignedPdfStructureTest {

    private static final String NBSP = "\u00A0";

    private static byte[] pdf;
    private static PDDocument document;

    @BeforeAll
    static void render() throws Exception {
        pdf = ForcalquierDocuments.render().pdf();
        document = Loader.loadPDF(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void oneEmptySignatureFieldPerRepresentativeOnTheirNamesPage() throws IOException {
        List<PDField> fields = document.getDocumentCatalog().getAcroForm().getFields();

        assertEquals(List.of("Thierry AUTARD", "Alain PICOZZI", "Corinne GARREAU", "Marie-Claude SALIGNON",
                "David GEHANT", "David GEHANT (2)", "Nicolas FURET", "Patricia PAUL"),
                fields.stream().map(PDField::getPartialName).toList());
        for (PDField field : fields) {
            PDSignatureField signature = (PDSignatureField) field;
            assertNull(signature.getValue(), field.getPartialName());
            PDAnnotationWidget widget = signature.getWidgets().get(0);
            PDPage page = widget.getPage();
            assertTrue(page.getAnnotations().contains(widget), field.getPartialName());
            PDRectangle box = widget.getRectangle();
            PDRectangle pageBox = page.getMediaBox();
            assertTrue(pageBox.contains(box.getLowerLeftX(), box.getLowerLeftY())
                    && pageBox.contains(box.getUpperRightX(), box.getUpperRightY()), field.getPartialName() + " " + box);
            String name = field.getPartialName().replace(" (2)", "");
            String pageText = PdfText.page(document, document.getPages().indexOf(page) + 1);
            assertTrue(pageText.contains(name), field.getPartialName() + " : " + pageText);
        }
    }

    @Test
    void theOutlineListsEveryArticleAnnexAndFicheAndLeadsToIt() throws IOException {
        List<String> titles = new ArrayList<>();
        collect(document.getDocumentCatalog().getDocumentOutline(), "", titles);

        assertEquals(List.of(
                "PREAMBULE",
                "ARTICLE 1 - OBJET DE LA CONVENTION TERRITORIALE GLOBALE",
                "ARTICLE 2 - LES CHAMPS D’INTERVENTION DE LA CAF",
                "ARTICLE 3 - LES CHAMPS D’INTERVENTION DE LA COMMUNAUTE DE COMMUNES ET DES COMMUNES",
                "ARTICLE 4 - LES OBJECTIFS PARTAGES AU REGARD DES BESOINS",
                "ARTICLE 5 - ENGAGEMENTS DES PARTENAIRES",
                "ARTICLE 6 - MODALITES DE COLLABORATION",
                "ARTICLE 7 - ECHANGES DE DONNEES",
                "ARTICLE 8 - COMMUNICATION",
                "ARTICLE 9 - EVALUATION",
                "ARTICLE 10 - DUREE DE LA CONVENTION",
                "ARTICLE 11 - EXECUTION FORMELLE DE LA CONVENTION",
                "ARTICLE 12 - LA FIN DE LA CONVENTION",
                "ARTICLE 13 - LES RECOURS",
                "ARTICLE 14 - CONFIDENTIALITE",
                "Signatures",
                "ANNEXE 1 – Diagnostic partagé",
                "ANNEXE 2 – Liste des équipements et services soutenus par la collectivité locale",
                "ANNEXE 3 – Plan d’actions 2022-2024",
                "  1) La coordination territoriale",
                "    Fiche action 1.1" + NBSP + ": coordonner les actions entre partenaires et structures",
                "  2) L’accès aux droits",
                "    Fiche action 2.1" + NBSP + ": Conforter l’accès aux services et aux droits",
                "    Fiche action 2.2" + NBSP + ": Mettre en œuvre une démarche proactive de détection des allocataires"
                        + " n’ayant pas fait valoir leurs droits",
                "  3) La réponse aux besoins de garde, notamment sur les horaires atypiques",
                "    Fiche action 3.1" + NBSP + ": Soutenir les projets qui proposent des solutions aux besoins de garde"
                        + " en complémentarité de l’offre existence",
                "  4) Le soutien des projets favorisant l’implication des jeunes dans les projets",
                "    Fiche action 4.1" + NBSP + ": Maintenir et accompagner les structures existantes",
                "    Fiche action 4.2" + NBSP + ": Accompagner les projets en direction des jeunes",
                "  5) le soutien et l’accompagnement à la parentalité",
                "  6) l’animation de la vie sociale",
                "  7) La mise en place d’une politique de lutte contre l’habitat indigne",
                "    Fiche action 7.1" + NBSP + ": Favoriser l’accès et le maintien dans des logements de qualité",
                "ANNEXE 4 – Modalités de pilotage stratégique et opérationnel et suivi de la Ctg",
                "  1. Le comité de pilotage",
                "  2. Le comité technique",
                "ANNEXE 5 – Evaluation",
                "ANNEXE 6 – Décisions des conseils"), titles);
    }

    /** Collects the titles, indented by level, and checks that each leads to a page showing it. */
    private static void collect(PDOutlineNode node, String indent, List<String> titles) throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPageDestination destination = (PDPageDestination) item.getDestination();
            int page = document.getPages().indexOf(destination.getPage()) + 1;
            String pageText = PdfText.page(document, page);
            assertTrue(page > 0 && pageText.contains(item.getTitle()), item.getTitle() + " @" + page + " : " + pageText);
            titles.add(indent + item.getTitle());
            collect(item, indent + "  ", titles);
        }
    }

    @Test
    void isPdfA2b() throws Exception {
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }
}
