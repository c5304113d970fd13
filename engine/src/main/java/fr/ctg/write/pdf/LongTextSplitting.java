package fr.ctg.write.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Cuts very long text runs into spans of bounded length. openhtmltopdf copies the rest of a text run for every
 * line it breaks, so a run of n characters costs n² (a 300 000-character paragraph took 13 s); spans of at most
 * {@value #SPAN_LENGTH} characters keep the layout linear. The cuts fall after a space, where a line may break
 * anyway, so the printed text is the same. Ordinary paragraphs are far below {@value #LONG_RUN} characters and
 * are left as they are.
 */
final class LongTextSplitting {

    static final int LONG_RUN = 4_000;
    static final int SPAN_LENGTH = 1_000;

    private LongTextSplitting() {
    }

    static void apply(Document dom) {
        List<Text> longRuns = new ArrayList<>();
        collect(dom.getDocumentElement(), longRuns);
        longRuns.forEach(run -> split(dom, run));
    }

    private static void collect(Node node, List<Text> longRuns) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Text text && text.getLength() > LONG_RUN) {
                longRuns.add(text);
            } else if (child instanceof Element) {
                collect(child, longRuns);
            }
        }
    }

    private static void split(Document dom, Text run) {
        String text = run.getData();
        Node parent = run.getParentNode();
        int start = 0;
        while (start < text.length()) {
            int end = cut(text, start);
            Element span = dom.createElementNS(run.getParentNode().getNamespaceURI(), "span");
            span.setTextContent(text.substring(start, end));
            parent.insertBefore(span, run);
            start = end;
        }
        parent.removeChild(run);
    }

    /** The end of the span starting at {@code start}: after the last space within reach, or at full length. */
    private static int cut(String text, int start) {
        int limit = Math.min(text.length(), start + SPAN_LENGTH);
        if (limit == text.length()) {
            return limit;
        }
        for (int i = limit; i > start + SPAN_LENGTH / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
