package fr.ctg.write.docx;

import org.docx4j.wml.P;
import org.docx4j.wml.Text;
import org.jspecify.annotations.Nullable;

/**
 * Fills one paragraph with runs, collapsing white space across runs as HTML does: a space stays in the run
 * where the XHTML has it, once; spaces at the start and end of a line are dropped.
 */
final class InlineContent {

    private final P paragraph;
    /** The last text of the current line; {@code null} at the start of a line. */
    private @Nullable Text lastText;
    private boolean hasText;

    InlineContent(P paragraph) {
        this.paragraph = paragraph;
    }

    /** The paragraph, its last line trimmed. */
    P finish() {
        trimLine();
        return paragraph;
    }

    boolean hasText() {
        return hasText;
    }

    void text(String raw, boolean bold, boolean italic) {
        String collapsed = Whitespace.collapse(raw);
        Text last = lastText;
        if (last == null || last.getValue().endsWith(" ")) {
            collapsed = collapsed.startsWith(" ") ? collapsed.substring(1) : collapsed;
        }
        if (collapsed.isEmpty()) {
            return;
        }
        Text text = Wml.preserved(collapsed);
        paragraph.getContent().add(Wml.run(text, bold, italic));
        lastText = text;
        hasText |= !collapsed.equals(" ");
    }

    void lineBreak() {
        trimLine();
        paragraph.getContent().add(Wml.lineBreak());
        lastText = null;
    }

    private void trimLine() {
        Text last = lastText;
        if (last != null && last.getValue().endsWith(" ")) {
            last.setValue(last.getValue().substring(0, last.getValue().length() - 1));
        }
    }
}
