package fr.ctg.write.pdf;

import java.util.regex.Pattern;

/**
 * The text of a string the PDF keeps outside the pages: the document's title and subject, a bookmark, a signature
 * field's name and description. PDF/A (ISO 19005-2, 6.1.13) forbids a string longer than 32 767 bytes, and a
 * reader shows these in one line of a panel: a run of white space becomes its first space (a no-break space
 * before « : » stays one) or an ordinary space when it starts with a tab or a new line, and the text is cut after
 * {@link #MAX_LENGTH} characters with « … ».
 */
final class PdfLabel {

    /** 2 000 UTF-16 code units: at most 4 002 bytes, far under PDF/A’s limit. */
    static final int MAX_LENGTH = 2_000;
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private PdfLabel() {
    }

    static String of(String text) {
        String label = SPACE_RUN.matcher(text).replaceAll(run -> {
            char first = run.group().charAt(0);
            return Character.getType(first) == Character.SPACE_SEPARATOR ? String.valueOf(first) : " ";
        });
        if (label.length() <= MAX_LENGTH) {
            return label;
        }
        int end = MAX_LENGTH - 1;
        if (Character.isHighSurrogate(label.charAt(end - 1))) {
            end--;
        }
        return label.substring(0, end).stripTrailing() + "…";
    }
}
