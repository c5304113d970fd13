package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import fr.ctg.write.SampleDocuments;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The contract of templates/XHTML.md, checked when a document is read: positions are in the document itself here. */
class ComposedDocumentTest {

    private static final String REPLACE_ELEMENT = "remplacez cet élément par l’un de ceux de templates/XHTML.md : h1, h2, h3, p, strong,"
            + " em, br, ul, ol, li, table, colgroup, col, thead, tbody, tr, th, td, nav, div";

    private static Diagnostic refused(String xhtml) {
        return assertThrows(CompositionException.class, () -> ComposedDocument.parse(xhtml)).diagnostic().orElseThrow();
    }

    /** A stretch of one line of the document, the end column excluded. */
    private static Position at(int line, int column, int endColumn) {
        return new Position(TemplateFiles.COMPOSED_DOCUMENT, line, column, line, endColumn);
    }

    private static Diagnostic error(Position position, String message, String hint, Label... labels) {
        return new Diagnostic(Severity.ERROR, Diagnostic.TEMPLATE_CODE, position, message, hint, List.of(labels));
    }

    @Test
    void theHeadIsTyped() {
        Head head = SampleDocuments.document(SampleDocuments.ECHANTILLON).head();
        assertEquals(new Head("Convention Territoriale Globale 2024-2028 - Communauté de communes du Val d’Exemple", "echantillon",
                "projet", LocalDate.of(2023, 12, 15), "2024-01-01/2028-12-31",
                List.of("Caisse d’allocations familiales de l’Exemple", "Communauté de communes du Val d’Exemple"),
                "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
                "Accusé de réception en préfecture 004-240400440-20231220-12-2023-CC - Date de réception préfecture : 22/12/2023"), head);
        assertTrue(head.isDraft());
    }

    @Test
    void anElementOutsideTheSubsetIsRefused() {
        assertEquals(error(at(8, 1, 37), "l’élément <img> n’est pas du sous-ensemble XHTML des documents (templates/XHTML.md)",
                REPLACE_ELEMENT),
                refused(SampleDocuments.withBodyText("<p>a</p>\n<img src=\"http://exemple.fr/x.png\"/>")));
    }

    @Test
    void anElementOfAnotherNamespaceIsRefused() {
        assertEquals(error(at(7, 7, 56), "l’élément <svg:svg> est hors de l’espace de noms XHTML (http://www.w3.org/1999/xhtml)",
                REPLACE_ELEMENT),
                refused(SampleDocuments.withBodyText("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>")));
    }

    @Test
    void aClassOutsideTheSubsetIsRefused() {
        assertEquals(error(at(7, 7, 24), "la classe « gras » n’est pas prévue pour <ul> (templates/XHTML.md : aucune)",
                "retirez la classe « gras » : <ul> n’en prend aucune"),
                refused(SampleDocuments.withBodyText("<ul class=\"gras\"><li>a</li></ul>")));
    }

    /** 20 000 nested <div> from a template's loop overflowed the stack of the typography pass. */
    @Test
    void elementsNestedDeeperThanAHundredLevelsAreRefusedAtTheFirstOneTooDeep() {
        assertEquals(error(at(7, 497, 502), "les éléments du document sont imbriqués sur plus de 100 niveaux (templates/XHTML.md)",
                "fermez chaque élément avant d’en ouvrir un autre dans une boucle : un document en imbrique une quinzaine"),
                refused(SampleDocuments.withBodyText("<div>".repeat(20_000) + "x" + "</div>".repeat(20_000))));
    }

    @Test
    void anUnclosedElementIsBlamedWhereItOpensAndLabelsTheClosingTagThatShowsIt() {
        assertEquals(error(at(8, 1, 5), "la balise <ul> n’est jamais fermée (</body> arrive avant </ul>)",
                        "fermez la balise <ul> par </ul> avant </body>", new Label(at(9, 1, 8), "</body> arrive ici")),
                refused(SampleDocuments.withBodyText("<p>a</p>\n<ul><li>b</li>\n")));
    }

    @Test
    void aClosingTagThatClosesNothingIsBlamedAndLabelsTheOpenElement() {
        assertEquals(error(at(8, 9, 14), "la balise fermante </ul> ne ferme aucune balise ouverte (<body> est ouverte)",
                        "retirez cette balise fermante, ou ouvrez <ul> avant elle", new Label(at(7, 1, 7), "<body> est ouverte ici")),
                refused(SampleDocuments.withBodyText("<p>a</p>\n<p>b</p></ul>")));
    }

    @Test
    void aDocumentThatEndsWithAnElementOpenIsRefused() {
        assertEquals(error(at(1, 1, 44), "la balise <html> n’est jamais fermée (le document finit avant </html>)",
                        "fermez-la par </html> à la fin du document"),
                refused("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body><p>a</p></body>\n"));
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverResolved() {
        Diagnostic refusal = refused("""
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>&x;</p></body></html>
                """);
        assertEquals(new Position(TemplateFiles.COMPOSED_DOCUMENT, 2, 10, 2, 11), refusal.position());
        assertEquals("XHTML mal formé (une déclaration DOCTYPE n’est pas acceptée)", refusal.message());
    }

    @Test
    void anUnterminatedEntityIsSaidInFrenchWhateverTheJvmsLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            Diagnostic refusal = refused("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body><p>&amp</p></body></html>");
            assertEquals("XHTML mal formé (La référence à l’entité « amp » doit se terminer par le délimiteur « ; »)", refusal.message());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theDocumentDateIsRequired() {
        assertEquals(error(at(2, 54, 60), "l’en-tête du document n’a pas de <meta name=\"ctg:date\" content=\"…\"/> (templates/XHTML.md)",
                        "ajoutez-la dans <head>"),
                refused(SampleDocuments.withBodyText("<p>a</p>").replace("<meta name=\"ctg:date\" content=\"2024-01-31\"/>", "")));
    }

    @Test
    void anEmptyHeadFieldIsBlamedOnItsMeta() {
        assertEquals(error(at(3, 1, 34), "l’en-tête du document n’a pas de <meta name=\"ctg:id\" content=\"…\"/> (templates/XHTML.md)",
                        "donnez-lui une valeur"),
                refused(SampleDocuments.withBodyText("<p>a</p>").replace("content=\"essai\"", "content=\" \"")));
    }

    @Test
    void theDocumentDateIsADate() {
        assertEquals(error(at(4, 1, 45), "la date du document (ctg:date) n’est pas une date AAAA-MM-JJ : « 31/01/2024 »",
                        "écrivez-la sous la forme AAAA-MM-JJ, par exemple 2024-01-31"),
                refused(SampleDocuments.withBodyText("<p>a</p>").replace("2024-01-31", "31/01/2024")));
    }

    @Test
    void aDocumentHasABody() {
        assertEquals(error(at(1, 1, 44), "le document n’a pas de <body> (templates/XHTML.md)", "ajoutez <body>…</body> après </head>"),
                refused("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head></html>"));
    }

    @Test
    void theOneLineFormNamesTheComposedDocument() {
        assertEquals("document composé:8:1: erreur[CTG-MODELE]: la balise <ul> n’est jamais fermée (</body> arrive avant </ul>)",
                assertThrows(CompositionException.class, () -> ComposedDocument.parse(SampleDocuments.withBodyText("<p>a</p>\n<ul>\n")))
                        .getMessage());
    }
}
