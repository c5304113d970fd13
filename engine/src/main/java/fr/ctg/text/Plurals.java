package fr.ctg.text;

import java.util.Locale;
import java.util.Set;

/**
 * The plural of a noun phrase naming a body or an office: "conseil municipal" gives "conseils municipaux",
 * "conseil d’administration" "conseils d’administration", "Adjoint au Maire" "Adjoints au Maire". The words up
 * to the first preposition agree; what follows it stays as written. Only regular plurals are needed.
 */
public final class Plurals {

    private static final Set<String> PREPOSITIONS = Set.of("de", "du", "des", "d’", "d'", "à", "au", "aux", "en", "pour");

    private Plurals() {
    }

    public static String of(String phrase) {
        String[] words = phrase.strip().split(" ");
        StringBuilder plural = new StringBuilder();
        boolean agreeing = true;
        for (String word : words) {
            String lower = word.toLowerCase(Locale.FRENCH);
            if (PREPOSITIONS.contains(lower) || lower.startsWith("d’") || lower.startsWith("d'")) {
                agreeing = false;
            }
            if (!plural.isEmpty()) {
                plural.append(' ');
            }
            plural.append(agreeing ? pluralWord(word) : word);
        }
        return plural.toString();
    }

    private static String pluralWord(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z")) {
            return word;
        }
        if (word.endsWith("al")) {
            return word.substring(0, word.length() - 1) + "ux";
        }
        if (word.endsWith("eau") || word.endsWith("eu")) {
            return word + "x";
        }
        return word + "s";
    }
}
