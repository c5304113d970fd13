package fr.ctg.text;

import java.util.Locale;

/**
 * Whether a word starts with a vowel sound, which elides "le", "la", "de" and turns "sa" into "son".
 * A word starting with "h" is treated as aspirated (no elision): whether an "h" is mute cannot be
 * told from spelling, and the names met in conventions ("Haute-Provence") take no elision.
 */
final class Elision {

    private static final String VOWELS = "aeiouyàâäéèêëîïôöùûüÿæœ";

    private Elision() {
    }

    static boolean startsWithVowel(String word) {
        return !word.isEmpty() && VOWELS.indexOf(word.substring(0, 1).toLowerCase(Locale.FRENCH).charAt(0)) >= 0;
    }
}
