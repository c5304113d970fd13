package fr.ctg.write.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * openhtmltopdf's text renderer, remembering the width of each string in each font for one document: the line
 * breaker measures the same words again and again while it fills and justifies lines, and each measure made PDFBox
 * encode the string and decode it back (about a sixth of the time of a PDF). A width depends only on the font and
 * the string, so the layout, and the bytes of the PDF, stay the same. One document, one thread.
 */
final class RememberedWidths extends PdfBoxTextRenderer {

    private final Map<FSFont, Map<String, Integer>> widths = new IdentityHashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        Map<String, Integer> ofFont = widths.computeIfAbsent(font, f -> new HashMap<>());
        Integer width = ofFont.get(string);
        if (width == null) {
            width = super.getWidth(context, font, string);
            ofFont.put(string, width);
        }
        return width;
    }
}
