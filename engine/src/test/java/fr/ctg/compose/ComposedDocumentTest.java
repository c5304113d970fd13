package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.write.SampleDocuments;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of templates/XHTML.md, checked when a document is read: positions are the document's lines here. */
class ComposedDocumentTest {

    private static CompositionException refused(String xhtml) {
        return assertThrows(CompositionException.class, () -> ComposedDocument.parse(xhtml));
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
        assertEquals("document composé, ligne 8 : l’élément <img> n’est pas du sous-ensemble XHTML des documents (templates/XHTML.md)",
                refused(SampleDocuments.withBodyText("<p>a</p>\n<img src=\"http://exemple.fr/x.png\"/>")).getMessage());
    }

    @Test
    void anElementOfAnotherNamespaceIsRefused() {
        assertEquals("document composé, ligne 7 : l’élément <svg:svg> est hors de l’espace de noms XHTML (http://www.w3.org/1999/xhtml)",
                refused(SampleDocuments.withBodyText("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>")).getMessage());
    }

    @Test
    void anUnclosedElementIsBlamedWhereItOpens() {
        assertEquals("document composé, ligne 8 : la balise <ul> n’est jamais fermée (</body> arrive avant </ul>, document composé, ligne 9)",
                refused(SampleDocuments.withBodyText("<p>a</p>\n<ul><li>b</li>\n")).getMessage());
    }

    @Test
    void aDocumentThatEndsWithAnElementOpenIsRefused() {
        assertEquals("document composé, ligne 1 : la balise <html> n’est jamais fermée (le document finit avant </html>)",
                refused("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body><p>a</p></body>\n").getMessage());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverResolved() {
        String message = refused("""
                <?xml version="1.0"?>
                <!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body><p>&x;</p></body></html>
                """).getMessage();
        assertTrue(message.startsWith("document composé, ligne 2 : XHTML mal formé ("), message);
    }

    @Test
    void theDocumentDateIsRequired() {
        assertEquals("document composé, ligne 2 : l’en-tête du document n’a pas de <meta name=\"ctg:date\" content=\"…\"/> (templates/XHTML.md)",
                refused(SampleDocuments.withBodyText("<p>a</p>").replace("<meta name=\"ctg:date\" content=\"2024-01-31\"/>", "")).getMessage());
    }

    @Test
    void theDocumentDateIsADate() {
        assertEquals("document composé, ligne 2 : la date du document (ctg:date) n’est pas une date AAAA-MM-JJ : « 31/01/2024 »",
                refused(SampleDocuments.withBodyText("<p>a</p>").replace("2024-01-31", "31/01/2024")).getMessage());
    }

    @Test
    void aDocumentHasABody() {
        assertEquals("document composé, ligne 1 : le document n’a pas de <body> (templates/XHTML.md)",
                refused("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head></html>").getMessage());
    }
}
