package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccordArticleGenreTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAFeminineArticleAndShortNameOnAMasculineParty() {
        assertEquals(List.of("17:12: erreur[CTG-ACCORD]: « la » annonce un nom féminin (« la Caisse d’allocations familiales de"
                + " l’Exemple »), mais le genre indiqué est « masculin » | écrivez « genre: feminin », ou corrigez l’article",
                "18:16: erreur[CTG-ACCORD]: le nom court « la Caf » est féminin, mais la partie est de genre « masculin » | faites"
                + " commencer le nom court par « le », ou corrigez le genre de la partie"),
                minimale().with("    genre: feminin\n    nom_court: la Caf", "    genre: masculin\n    nom_court: la Caf").diagnostics(dossier));
    }

    @Test
    void reportsAMasculineArticleOnAFeminineParty() {
        assertEquals(List.of("27:12: erreur[CTG-ACCORD]: « le » annonce un nom masculin (« le Communauté de communes du Val"
                + " d’Exemple »), mais le genre indiqué est « feminin » | écrivez « genre: masculin », ou corrigez l’article"),
                minimale().with("    article: la\n    genre: feminin\n    nom_court: la Communauté",
                        "    article: le\n    genre: feminin\n    nom_court: la Communauté").diagnostics(dossier));
    }

    @Test
    void acceptsAnElidedArticleWithEitherGenre() {
        assertEquals(List.of(), minimale().with("    article: la\n    genre: feminin\n    nom_court: la Communauté",
                "    article: l'\n    genre: masculin\n    nom_court: l’EPCI").diagnostics(dossier));
    }
}
