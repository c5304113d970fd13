package fr.ctg.write.docx;

import java.util.regex.Pattern;

/**
 * XML white space as HTML collapses it: space, tab, CR and LF only. No-break spaces (U+00A0, U+202F) are
 * text, never collapsed: French typography depends on them.
 */
final class Whitespace {

    private static final Pattern RUN = Pattern.compile("[ \t\r\n]+");

    private Whitespace() {
    }

    static String collapse(String text) {
        return RUN.matcher(text).replaceAll(" ");
    }

    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
