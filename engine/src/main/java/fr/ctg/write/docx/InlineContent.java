package fr.ctg.write.docx;

import org.docx4j.wml.P;
import org.docx4j.wml.Text;
import org.jspecify.annotations.Nullable;

/**
 * Fills one paragraph with runs, collapsing white space across runs as HTML does: a space between two
 * runs is kept once, at the end of the first; spaces at the start and end of a line are dropped.
 */
final class InlineContent {

    private final P paragraph;
    private @Nullable Text lastText;
    private boolean pendingSpace;
    private boolean hasText;

    InlineContent(P paragraph) {
        this.paragraph = paragraph;
    }

    P paragraph() {
        return paragraph;
    }

    boolean hasText() {
        return hasText;
    }

    void text(String raw, boolean bold, boolean italic) {
        String collapsed = Whitespace.collapse(raw);
        if (collapsed.isEmpty()) {
            return;
        }
        if (collapsed.charAt(0) == ' ') {
            pendingSpace = true;
        }
        String content = Whitespace.trim(collapsed);
        if (content.isEmpty()) {
            return;
        }
        if (pendingSpace && lastText != null) {
            lastText.setValue(lastText.getValue() + " ");
        }
        Text text = Wml.preserved(content);
        paragraph.getContent().add(Wml.run(text, bold, italic));
        lastText = text;
        pendingSpace = collapsed.charAt(collapsed.length() - 1) == ' ';
        hasText = true;
    }

    void lineBreak() {
        paragraph.getContent().add(Wml.lineBreak());
        lastText = null;
        pendingSpace = false;
    }
}
