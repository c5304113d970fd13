package fr.ctg.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders left in drafts: "XXXX", "du …", "___", "20xx", "Madame/Monsieur Prénom NOM", "sa/son".
 * Published conventions have been signed with such text left in; the engine catches them. An ellipsis
 * right after a word ends a list ("EFS, CCAS, CMS…") and is not a placeholder; one after a space ("du …") is.
 */
public final class Placeholders {

    /** The placeholders as a regular expression that Java and JSON Schema (ECMA 262) read alike: the schema accepts them too. */
    public static final String REGEX =
            "X{3,}|x{4,}|(?<!\\S)(?:…|\\.{3,})|_{3,}|\\b20xx|\\b[0-9]*xx[0-9]+xxx\\b|Pr[ée]nom NOM|Madame/Monsieur|Monsieur/Madame|\\bsa/son\\b|\\bson/sa\\b";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Placeholders() {
    }

    /** The first placeholder found in the text, if any. */
    public static Optional<String> find(String text) {
        if (!mayHoldOne(text)) {
            return Optional.empty();
        }
        Matcher m = PATTERN.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /**
     * False when no alternative of {@link #PATTERN} can match, each needing one of these strings: most texts
     * have none, and this check costs a fraction of the regular expression's, which tries every alternative at
     * every position (it was a third of the time of validating a convention).
     */
    private static boolean mayHoldOne(String text) {
        return text.indexOf('/') >= 0 || text.contains("XXX") || text.contains("xx") || text.contains("…")
                || text.contains("...") || text.contains("___") || text.contains("NOM");
    }

    /** True when the whole value only stands for something still to be written. */
    public static boolean isPlaceholder(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() || find(stripped).filter(t -> stripped.length() <= t.length() + 4).isPresent();
    }
}
