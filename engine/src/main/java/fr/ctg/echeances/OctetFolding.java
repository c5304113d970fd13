package fr.ctg.echeances;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines at 75 octets, as RFC 5545 (3.1) asks, never inside a UTF-8 sequence. ical4j
 * folds at 75 characters, which for accented French text gives longer lines than some calendars accept.
 */
final class OctetFolding {

    static final int MAX_OCTETS = 75;
    private static final String LINE_BREAK = "\r\n";

    private OctetFolding() {
    }

    /** The same calendar, unfolded then folded again line by line. */
    static String refold(String calendar) {
        String unfolded = calendar.replace(LINE_BREAK + " ", "").replace(LINE_BREAK + "\t", "");
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / MAX_OCTETS * 3);
        for (String line : unfolded.split(LINE_BREAK, -1)) {
            if (!line.isEmpty()) {
                fold(line, folded);
                folded.append(LINE_BREAK);
            }
        }
        return folded.toString();
    }

    /** A continuation line starts with a space, which counts in its 75 octets. */
    private static void fold(String line, StringBuilder folded) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(LINE_BREAK).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }
}
