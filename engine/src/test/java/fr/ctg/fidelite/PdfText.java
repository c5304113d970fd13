package fr.ctg.fidelite;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a convention's own pages (not the appended deliberations) as PDFBox extracts it, page furniture
 * removed: the préfecture stamp, "Page x / y", the "PROJET" watermark, the table of contents, and a table's header
 * row repeated at the top of a page. The labels of numbered lists ("1.") are left out too, as {@code DocxText} leaves
 * out Word's: they are not text of the document, and openhtmltopdf draws them before the page's text, so PDFBox
 * extracts them all at the top of the page, far from their items. A justified line stretches its no-break spaces
 * too, and PDFBox reads the stretch as one more space: spaces next to a no-break space are dropped. A line that ends
 * with a hyphen goes on with the next line's first word: without the hyphen when the hyphenator put it there
 * ("admi-" / "nistrativement", see {@link LineEndHyphens}), with it after a compound word's hyphen ("Haute-" /
 * "Provence"). The result is a list of tokens (text between spaces, tabs and line ends), so
 * that line wrapping does not count; no-break spaces stay inside tokens.
 */
final class PdfText {

    private static final Pattern STAMP =
            Pattern.compile("Accusé de réception en préfecture \\S+ - Date de réception préfecture : \\d\\d/\\d\\d/\\d{4}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("Page (\\d+) / (\\d+)");
    private static final String TABLE_OF_CONTENTS = "Sommaire";
    private static final Pattern LIST_LABEL = Pattern.compile("\\d+\\.");
    private static final Pattern DOT_LEADER = Pattern.compile("(\\. ){3,}\\.?\\s*\\d+$");
    private static final Pattern STRETCHED_NO_BREAK_SPACE = Pattern.compile(" *([\\u00A0\\u202F]) *");
    private static final Pattern HYPHEN_AT_LINE_END = Pattern.compile("(\\p{L}-)\n");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n]+");
    private static final Pattern TABLE_HEADER = Pattern.compile("<thead>(.*?)</thead>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private PdfText() {
    }

    /** The tokens of the convention's pages; {@code xhtml} is the composed document, read for its table headers. */
    static List<String> tokens(byte[] pdf, String xhtml) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= ownPages(document); page++) {
                pages.add(lines(document, page));
            }
        }
        List<List<String>> headers = tableHeaders(xhtml);
        List<String> tokens = new ArrayList<>();
        for (List<String> lines : withoutTableOfContents(pages)) {
            String rejoined = LineEndHyphens.rejoin(String.join("\n", lines), xhtml);
            tokens.addAll(withoutRepeatedHeader(tokens(rejoined), headers, tokens));
        }
        return tokens;
    }

    static String text(byte[] pdf, String xhtml) throws IOException {
        return String.join(" ", tokens(pdf, xhtml));
    }

    /**
     * One page's tokens joined by single spaces, furniture removed (the table of contents kept); without the composed
     * XHTML, a line that ends with a hyphen goes on with the next one, hyphen kept.
     */
    static String page(PDDocument document, int page) throws IOException {
        return String.join(" ", tokens(lines(document, page)));
    }

    static List<String> tokens(String text) {
        return Arrays.stream(SPACES.split(text.strip())).filter(t -> !t.isEmpty()).toList();
    }

    private static List<String> tokens(List<String> lines) {
        return tokens(HYPHEN_AT_LINE_END.matcher(String.join("\n", lines)).replaceAll("$1"));
    }

    /** "Page x / y" counts the convention's own pages, before the appended deliberations. */
    private static int ownPages(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setEndPage(1);
        Matcher number = PAGE_NUMBER.matcher(stripper.getText(document));
        return number.find() ? Integer.parseInt(number.group(2)) : document.getNumberOfPages();
    }

    private static List<String> lines(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new WithoutWatermark();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> lines = new ArrayList<>();
        for (String line : stripper.getText(document).split("\\R")) {
            String content = STRETCHED_NO_BREAK_SPACE.matcher(line.strip()).replaceAll("$1");
            if (!PAGE_NUMBER.matcher(content).matches() && !STAMP.matcher(content).matches()
                    && !LIST_LABEL.matcher(content).matches()) {
                lines.add(content);
            }
        }
        return lines;
    }

    /** From the "Sommaire" title to its last entry (dot leader and page number), entries wrapped on two lines included. */
    private static List<List<String>> withoutTableOfContents(List<List<String>> pages) {
        int[] start = null;
        int[] end = null;
        for (int page = 0; page < pages.size(); page++) {
            List<String> lines = pages.get(page);
            for (int line = 0; line < lines.size(); line++) {
                if (start == null && lines.get(line).equals(TABLE_OF_CONTENTS)) {
                    start = new int[] {page, line};
                } else if (start != null && DOT_LEADER.matcher(lines.get(line)).find()) {
                    end = new int[] {page, line};
                }
            }
        }
        if (start == null || end == null) {
            return pages;
        }
        List<List<String>> result = new ArrayList<>();
        for (int page = 0; page < pages.size(); page++) {
            List<String> kept = new ArrayList<>();
            List<String> lines = pages.get(page);
            for (int line = 0; line < lines.size(); line++) {
                boolean afterStart = page > start[0] || page == start[0] && line >= start[1];
                boolean beforeEnd = page < end[0] || page == end[0] && line <= end[1];
                if (!(afterStart && beforeEnd)) {
                    kept.add(lines.get(line));
                }
            }
            result.add(kept);
        }
        return result;
    }

    /** The "PROJET" watermark is the only text drawn askew. */
    private static final class WithoutWatermark extends PDFTextStripper {

        @Override
        protected void processTextPosition(TextPosition text) {
            if (text.getTextMatrix().getShearY() == 0) {
                super.processTextPosition(text);
            }
        }
    }

    private static List<List<String>> tableHeaders(String xhtml) {
        List<List<String>> headers = new ArrayList<>();
        Matcher header = TABLE_HEADER.matcher(xhtml);
        while (header.find()) {
            headers.add(tokens(TAG.matcher(header.group(1)).replaceAll(" ").replace("&amp;", "&")));
        }
        return headers;
    }

    /** A header row that opens a page and was already read before is repeated furniture. */
    private static List<String> withoutRepeatedHeader(List<String> page, List<List<String>> headers, List<String> before) {
        for (List<String> header : headers) {
            boolean opensThePage = page.size() >= header.size() && page.subList(0, header.size()).equals(header);
            if (opensThePage && Collections.indexOfSubList(before, header) >= 0) {
                return page.subList(header.size(), page.size());
            }
        }
        return page;
    }
}
