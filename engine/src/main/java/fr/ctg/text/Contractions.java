package fr.ctg.text;

import java.util.Locale;

/**
 * The preposition "de" before a noun phrase, contracted with its article: "de le" gives "du", "de les"
 * gives "des"; "de la", "de l’" stay; "de" elides before a vowel ("d’Ayen").
 */
public final class Contractions {

    private Contractions() {
    }

    /** "du Département", "des communes", "de la Caf", "de l’État", "de Forcalquier", "d’Allos". */
    public static String de(String phrase) {
        String lower = phrase.toLowerCase(Locale.FRENCH);
        if (lower.startsWith("le ")) {
            return "du " + phrase.substring(3);
        }
        if (lower.startsWith("les ")) {
            return "des " + phrase.substring(4);
        }
        if (lower.startsWith("la ") || lower.startsWith("l’") || lower.startsWith("l'")) {
            return "de " + phrase;
        }
        return Elision.startsWithVowel(phrase) ? "d’" + phrase : "de " + phrase;
    }
}
