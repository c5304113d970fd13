package fr.ctg.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The objet of a deliberation as a visa continues with it after the date: « … en date du 20 novembre 2024
 * concernant la stratégie de déploiement des Ctg ». Written in lower case, the objet brings its own introduction
 * (« concernant », « portant », « autorisant »…), as the reference texts write it; written with a capital, it is the
 * deliberation's title, a noun phrase (« Approbation de la convention territoriale globale »), introduced by
 * « portant » with its first letter lowered (« portant approbation de la convention territoriale globale »); a capitalised
 * introduction (« Concernant la stratégie… ») is only lowered.
 */
public final class DeliberationObjects {

    static final String INTRODUCTION = "portant ";

    /** Words that open a sentence or a clause rather than a noun phrase: a subject, a verb of the decision. */
    private static final Set<String> SENTENCE_STARTS = Set.of("le", "la", "les", "l", "un", "une", "des", "ce", "cette", "il",
            "elle", "ils", "nous", "on", "vu", "considérant", "après", "approuve", "autorise", "décide", "adopte", "valide",
            "accepte", "charge", "dit", "donne", "prend");

    /** Words that already tie an objet to its visa, capitalised or not: « Portant approbation… » needs no « portant ». */
    private static final Set<String> INTRODUCTIONS = Set.of("portant", "concernant", "autorisant", "approuvant", "relatif", "relative",
            "relatifs", "relatives", "sur");

    private DeliberationObjects() {
    }

    /** « concernant la stratégie… » as it is; « Approbation de la CTG » as « portant approbation de la CTG ». */
    public static String inVisa(String objet) {
        String text = objet.strip();
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
            return text;
        }
        String firstWord = firstWord(text);
        boolean acronym = firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(Locale.ROOT));
        if (acronym) {
            return INTRODUCTION + text;
        }
        String lowered = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        return INTRODUCTIONS.contains(firstWord.toLowerCase(Locale.ROOT)) ? lowered : INTRODUCTION + lowered;
    }

    /**
     * Why the objet reads like a sentence that a visa cannot continue with: « se termine par un point »,
     * « commence par « Le » », or nothing when it reads as a noun phrase or an introduced one.
     */
    public static Optional<String> sentenceLike(String objet) {
        String text = objet.strip();
        String firstWord = firstWord(text);
        if (SENTENCE_STARTS.contains(firstWord.toLowerCase(Locale.ROOT))) {
            boolean elided = text.length() > firstWord.length() && "’'".indexOf(text.charAt(firstWord.length())) >= 0;
            return Optional.of("commence par « " + text.substring(0, firstWord.length() + (elided ? 1 : 0)) + " », comme une phrase");
        }
        if (text.endsWith(".") && !text.endsWith("..")) {
            return Optional.of("se termine par un point, comme une phrase");
        }
        return Optional.empty();
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }
}
