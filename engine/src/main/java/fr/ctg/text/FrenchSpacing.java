package fr.ctg.text;

import java.util.regex.Pattern;

/**
 * The no-break spaces French typography puts around high punctuation: a narrow one (U+202F) before
 * ";", "!" and "?", a normal one (U+00A0) before ":" and inside « guillemets ». Only a space already
 * typed is made unbreakable (plus one inside guillemets when missing): adding one before every ":"
 * would break times and web addresses.
 */
public final class FrenchSpacing {

    // A run of spaces is only tried from its first space and never given back: linear in the text, however long the run.
    private static final Pattern BEFORE_NARROW = Pattern.compile("(?<![ \\t\\u00a0])[ \\t\\u00a0]++(?=[;!?])");
    private static final Pattern BEFORE_COLON = Pattern.compile("(?<![ \\t\\u202f])[ \\t\\u202f]++(?=[:»])");
    private static final Pattern AFTER_OPENING = Pattern.compile("«[ \\t\\u00a0\\u202f]*");
    private static final Pattern BEFORE_CLOSING = Pattern.compile("(?<=[^\\s\\u00a0])»");

    private FrenchSpacing() {
    }

    public static String apply(String text) {
        String spaced = BEFORE_NARROW.matcher(text).replaceAll("\u202f");
        spaced = BEFORE_COLON.matcher(spaced).replaceAll("\u00a0");
        spaced = AFTER_OPENING.matcher(spaced).replaceAll("«\u00a0");
        return BEFORE_CLOSING.matcher(spaced).replaceAll("\u00a0»");
    }
}
