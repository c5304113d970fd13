package fr.ctg.text;

import fr.ctg.model.ArticleDefini;
import fr.ctg.model.Genre;

/** A noun with its definite article: "la Commune de Limans", "l’État", "le Directeur", "l’Adjointe". */
public final class DefiniteArticles {

    private DefiniteArticles() {
    }

    /** The name with the article the party declares (no guess: "le SIVOM", "la Caf", "l’État"). */
    public static String withName(ArticleDefini article, String name) {
        return switch (article) {
            case LE -> "le " + name;
            case LA -> "la " + name;
            case L_APOSTROPHE -> "l’" + name;
            case LES -> "les " + name;
        };
    }

    /** The singular article of a gender, elided before a vowel: "le Directeur", "la Directrice", "l’Adjointe". */
    public static String withNoun(Genre genre, String noun) {
        if (Elision.startsWithVowel(noun)) {
            return "l’" + noun;
        }
        return (genre == Genre.FEMININ ? "la " : "le ") + noun;
    }
}
