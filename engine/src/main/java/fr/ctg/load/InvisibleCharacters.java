package fr.ctg.load;

import java.util.Optional;

/**
 * Characters a text value may not hold, though YAML lets them through (typed in raw, or as escapes such as
 * {@code "\x07"} or {@code "\u202E"}): control characters, which XML and hence the documents cannot carry; marks
 * that force the direction of writing, which can make a signed text read otherwise than it is stored; characters
 * without width, which make two identical-looking names differ; halves of UTF-16 pairs, which are no character.
 * Tabs and line breaks are allowed.
 */
final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    /** The first such character (a surrogate only when unpaired), with what it is: "U+202E, qui force le sens d’écriture". */
    static Optional<Found> first(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            String kind = kind(c);
            if (kind != null) {
                return Optional.of(new Found(i, String.format("U+%04X, %s", (int) c, kind)));
            }
        }
        return Optional.empty();
    }

    record Found(int index, String description) {
    }

    private static String kind(char c) {
        if (c == '\t' || c == '\n') {
            return null;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return "caractère de contrôle";
        }
        if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "qui force le sens d’écriture";
        }
        if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF) {
            return "caractère sans chasse";
        }
        if (c == 0x2028 || c == 0x2029) {
            return "séparateur de ligne invisible";
        }
        if (Character.isSurrogate(c)) {
            return "demi-caractère UTF-16 isolé";
        }
        if (c == 0xFFFE || c == 0xFFFF) {
            return "non-caractère";
        }
        return null;
    }
}
