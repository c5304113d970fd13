package fr.ctg.fidelite;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejoins the lines of a PDF's extracted text that end with a hyphen. The PDF writer hyphenates French text:
 * openhtmltopdf draws a plain "-" (U+002D) where it broke a line on a soft hyphen, the same character as a
 * compound word's hyphen ("Haute-" / "Provence"), and the extracted text does not tell them apart. The composed
 * XHTML does: it has no hyphenation, so a line ending with "admi-" followed by "nistrativement" is the
 * hyphenator's when the XHTML has the word "administrativement" and not "admi-nistrativement"; the hyphen is then
 * dropped. Otherwise the line goes on with the next one and the hyphen stays ("Haute-Provence", "12-25 ans": numbers are
 * never hyphenated).
 */
public final class LineEndHyphens {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern LINE_END = Pattern.compile("([\\p{L}\\p{N}]+)-\n([\\p{L}\\p{N}]+)?");

    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();

    private LineEndHyphens(String xhtml) {
        String text = TAG.matcher(xhtml).replaceAll("");
        Matcher letters = LETTERS.matcher(text);
        String previous = null;
        int previousEnd = -2;
        while (letters.find()) {
            words.add(letters.group());
            if (previous != null && letters.start() == previousEnd + 1 && text.charAt(previousEnd) == '-') {
                compounds.add(previous + "-" + letters.group());
            }
            previous = letters.group();
            previousEnd = letters.end();
        }
    }

    /** {@code text}'s lines ("\n"-separated), those that end with a hyphen joined to the next one. */
    public static String rejoin(String text, String xhtml) {
        return new LineEndHyphens(xhtml).rejoin(text);
    }

    private String rejoin(String text) {
        Matcher lineEnd = LINE_END.matcher(text.replace("\r\n", "\n"));
        StringBuilder out = new StringBuilder(text.length());
        while (lineEnd.find()) {
            String prefix = lineEnd.group(1);
            String suffix = lineEnd.group(2) == null ? "" : lineEnd.group(2);
            boolean hyphenated = !suffix.isEmpty() && words.contains(prefix + suffix)
                    && !compounds.contains(prefix + "-" + suffix);
            lineEnd.appendReplacement(out, Matcher.quoteReplacement(prefix + (hyphenated ? "" : "-") + suffix));
        }
        lineEnd.appendTail(out);
        return out.toString();
    }
}
