package fr.ctg.write.pdf;

import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.css.style.derived.RectPropertySet;
import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Where elements of the document ended up once laid out, by id, in PDF units (points, from the bottom). */
final class LaidOutBoxes {

    /** A box's page (0-based) and its border rectangle (margins left out, borders included). */
    record Placed(int page, PDRectangle border) {
    }

    private final Map<String, Placed> boxes = new HashMap<>();

    /** One pass over the laid-out boxes for all the ids. */
    LaidOutBoxes(PdfBoxRenderer renderer, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Pattern pattern = Pattern.compile(
                ids.stream().map(id -> "^" + Pattern.quote(id) + "$").collect(Collectors.joining("|")));
        CssContext context = renderer.getSharedContext().newLayoutContextInstance();
        float dotsPerPoint = renderer.getDotsPerPoint();
        for (PagePosition<Box> position : renderer.findPagePositionsByID(pattern)) {
            boxes.putIfAbsent(position.getId(), placed(position, context, dotsPerPoint));
        }
    }

    /** The box, or null when the id was not laid out. */
    Placed get(String id) {
        return boxes.get(id);
    }

    /** openhtmltopdf reports the margin box; margins already collapsed into a neighbour count as zero. */
    private static Placed placed(PagePosition<Box> position, CssContext context, float dotsPerPoint) {
        RectPropertySet margin = position.getElement().getMargin(context);
        float left = margin.left() / dotsPerPoint;
        float bottom = margin.bottom() / dotsPerPoint;
        PDRectangle border = new PDRectangle(
                position.getX() + left,
                position.getY() + bottom,
                position.getWidth() - left - margin.right() / dotsPerPoint,
                position.getHeight() - bottom - margin.top() / dotsPerPoint);
        return new Placed(position.getPageNo(), border);
    }
}
