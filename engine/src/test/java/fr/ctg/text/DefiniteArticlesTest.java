package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.model.ArticleDefini;
import fr.ctg.model.Genre;
import org.junit.jupiter.api.Test;

class DefiniteArticlesTest {

    @Test
    void putsTheDeclaredArticleBeforeAName() {
        assertEquals("la Commune de Limans", DefiniteArticles.withName(ArticleDefini.LA, "Commune de Limans"));
        assertEquals("le SIVOM d’Ayen", DefiniteArticles.withName(ArticleDefini.LE, "SIVOM d’Ayen"));
        assertEquals("l’État", DefiniteArticles.withName(ArticleDefini.L_APOSTROPHE, "État"));
        assertEquals("les Communes associées", DefiniteArticles.withName(ArticleDefini.LES, "Communes associées"));
    }

    @Test
    void choosesTheArticleOfAGenderAndElidesItBeforeAVowel() {
        assertEquals("le Directeur", DefiniteArticles.withNoun(Genre.MASCULIN, "Directeur"));
        assertEquals("la Directrice", DefiniteArticles.withNoun(Genre.FEMININ, "Directrice"));
        assertEquals("l’Adjointe au Maire", DefiniteArticles.withNoun(Genre.FEMININ, "Adjointe au Maire"));
        assertEquals("le Haut-commissaire", DefiniteArticles.withNoun(Genre.MASCULIN, "Haut-commissaire"));
    }
}
