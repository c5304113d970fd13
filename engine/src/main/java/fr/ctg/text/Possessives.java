package fr.ctg.text;

import fr.ctg.model.Genre;

/** The possessive "son"/"sa" before a noun: "son Président", "sa Présidente", "son Adjointe". */
public final class Possessives {

    private Possessives() {
    }

    public static String withNoun(Genre genre, String noun) {
        boolean sa = genre == Genre.FEMININ && !Elision.startsWithVowel(noun);
        return (sa ? "sa " : "son ") + noun;
    }
}
