package fr.ctg.write.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Lets the words of a table's cells break anywhere, column by column, when the table could not otherwise fit in the
 * width of the page: openhtmltopdf never makes a column narrower than its longest word, and cuts what passes the
 * page's edge (a long reference, an address without spaces, an amount, a URL). A table whose columns fit keeps its
 * layout: the word-breaking style ({@value #CLASS}, convention.css) changes how openhtmltopdf shares the width
 * between columns, so it is given only where needed, widest column first, until the longest words of the other
 * columns fit. Widths are estimated from the fonts of the style sheet (9.5 pt Liberation Serif, Liberation Sans Bold
 * in the headers), with a tolerance of a few points.
 */
final class OverwideTables {

    static final String CLASS = "mots-coupes";

    /** The width of the text of an A4 page less the margins of convention.css (2.2 cm and 2 cm), in points. */
    private static final float PAGE_TEXT_WIDTH = (21f - 2.2f - 2f) / 2.54f * 72f;
    /** Taken off the page width, so that a table the estimate puts just inside still gets the style. */
    private static final float TOLERANCE = 10f;
    /** The padding (4 pt) on both sides and a border. */
    private static final float CELL_EXTRA = 8.5f;
    private static final float FONT_SIZE = 9.5f;

    private final TrueTypeFont cellFont;
    private final TrueTypeFont headerFont;

    OverwideTables(EmbeddedFonts fonts) {
        this.cellFont = parse(fonts.data("Liberation Serif", false, false));
        this.headerFont = parse(fonts.data("Liberation Sans", true, false));
    }

    void apply(Document dom) {
        Xhtml.elements(dom, "table").forEach(this::fit);
    }

    private void fit(Element table) {
        List<List<Element>> columns = columns(table);
        float[] longest = new float[columns.size()];
        float total = 0;
        for (int c = 0; c < columns.size(); c++) {
            for (Element cell : columns.get(c)) {
                longest[c] = Math.max(longest[c], longestWord(cell) + CELL_EXTRA);
            }
            total += longest[c];
        }
        List<Integer> widestFirst = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            widestFirst.add(c);
        }
        widestFirst.sort(Comparator.comparingDouble((Integer c) -> longest[c]).reversed());
        for (int c : widestFirst) {
            if (total <= PAGE_TEXT_WIDTH - TOLERANCE) {
                return;
            }
            columns.get(c).forEach(cell -> cell.setAttribute("class", (cell.getAttribute("class") + " " + CLASS).strip()));
            total -= longest[c] - CELL_EXTRA;
        }
    }

    /** The cells of the table's own rows (not those of a table inside a cell), column by column, a spanning cell in its first. */
    private static List<List<Element>> columns(Element table) {
        List<List<Element>> columns = new ArrayList<>();
        for (Element row : rows(table)) {
            int column = 0;
            for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element cell && List.of("td", "th").contains(cell.getLocalName())) {
                    while (columns.size() <= column) {
                        columns.add(new ArrayList<>());
                    }
                    columns.get(column).add(cell);
                    column += span(cell);
                }
            }
        }
        return columns;
    }

    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if ("tr".equals(element.getLocalName())) {
                    rows.add(element);
                } else if (List.of("thead", "tbody", "tfoot").contains(element.getLocalName())) {
                    rows.addAll(rows(element));
                }
            }
        }
        return rows;
    }

    private static int span(Element cell) {
        try {
            return Math.max(1, Integer.parseInt(cell.getAttribute("colspan").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The width of the cell's longest run of text the line breaker cannot break, in points. */
    private float longestWord(Element cell) {
        TrueTypeFont font = "th".equals(cell.getLocalName()) ? headerFont : cellFont;
        String text = cell.getTextContent();
        BreakIterator words = BreakIterator.getLineInstance(Locale.FRENCH);
        words.setText(text);
        float longest = 0;
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            longest = Math.max(longest, width(font, text.substring(start, end).strip()));
        }
        return longest;
    }

    private static float width(TrueTypeFont font, String word) {
        try {
            float units = 0;
            var cmap = font.getUnicodeCmapLookup();
            for (int i = 0; i < word.length(); i += Character.charCount(word.codePointAt(i))) {
                units += font.getAdvanceWidth(cmap.getGlyphId(word.codePointAt(i)));
            }
            return units / font.getUnitsPerEm() * FONT_SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(byte[] data) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
