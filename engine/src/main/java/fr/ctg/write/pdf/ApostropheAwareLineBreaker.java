package fr.ctg.write.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's line breaker, minus the break opportunities right after an apostrophe: "l’avance" never
 * ends a line on "l’". The text itself is untouched (no joiner character to copy out of the PDF).
 */
final class ApostropheAwareLineBreaker implements FSTextBreaker {

    private final FSTextBreaker delegate =
            new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.FRENCH));
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int boundary = delegate.next();
        while (boundary > 0 && boundary < text.length() && isApostrophe(text.charAt(boundary - 1))) {
            boundary = delegate.next();
        }
        return boundary;
    }

    private static boolean isApostrophe(char c) {
        return c == '\u2019' || c == '\'';
    }
}
