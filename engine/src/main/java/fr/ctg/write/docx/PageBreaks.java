package fr.ctg.write.docx;

import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STBrType;

/**
 * Turns a page-break paragraph followed by a paragraph into "page break before" on that paragraph. A
 * paragraph holding only a break, pushed to the top of a page by the text before it, would leave that page
 * blank; a paragraph that starts a page never does.
 */
final class PageBreaks {

    private PageBreaks() {
    }

    static List<Object> intoNextParagraph(List<Object> blocks) {
        List<Object> result = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Object block = blocks.get(i);
            if (isPageBreak(block) && i + 1 < blocks.size() && blocks.get(i + 1) instanceof P next && !isPageBreak(next)) {
                Wml.properties(next).setPageBreakBefore(new BooleanDefaultTrue());
                continue;
            }
            result.add(block);
        }
        return result;
    }

    private static boolean isPageBreak(Object block) {
        return block instanceof P p && p.getContent().size() == 1
                && p.getContent().get(0) instanceof R r && r.getContent().size() == 1
                && r.getContent().get(0) instanceof Br br && br.getType() == STBrType.PAGE;
    }
}
