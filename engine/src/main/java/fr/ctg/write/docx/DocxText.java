package fr.ctg.write.docx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Text;

import jakarta.xml.bind.JAXBElement;

/**
 * The text of a DOCX body as lines, for comparing a document with its source or with the PDF: each paragraph
 * (table cells included, in reading order) gives its runs joined, a line break starts a new line; white space
 * is normalised by {@link #normalizedLines(String)}; list labels and what fields compute (table of contents,
 * page numbers) are not text of the document and are left out.
 */
public final class DocxText {

    private static final Pattern SPACES = Pattern.compile("[ \t\r\n]+");

    private DocxText() {
    }

    public static List<String> lines(byte[] docx) {
        try {
            return lines(WordprocessingMLPackage.load(new ByteArrayInputStream(docx)));
        } catch (Docx4JException e) {
            throw new IllegalArgumentException("DOCX illisible : " + e.getMessage(), e);
        }
    }

    public static List<String> lines(WordprocessingMLPackage pkg) {
        StringBuilder text = new StringBuilder();
        blocks(pkg.getMainDocumentPart().getContent(), text);
        return normalizedLines(text.toString());
    }

    /**
     * Splits text into lines, collapses space, tab, CR and LF within a line, trims lines and drops empty ones.
     * No-break spaces (U+00A0, U+202F) are kept: they are part of the text.
     */
    public static List<String> normalizedLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String normalized = Whitespace.trim(SPACES.matcher(line).replaceAll(" "));
            if (!normalized.isEmpty()) {
                lines.add(normalized);
            }
        }
        return lines;
    }

    private static void blocks(List<Object> content, StringBuilder text) {
        for (Object item : content) {
            Object block = XmlUtils.unwrap(item);
            if (block instanceof P p) {
                paragraph(p, text);
            } else if (block instanceof SdtElement control) {
                blocks(control.getSdtContent().getContent(), text);
            } else if (block instanceof Tbl || block instanceof ContentAccessor) {
                blocks(((ContentAccessor) block).getContent(), text);
            }
        }
    }

    private static void paragraph(P p, StringBuilder text) {
        inline(p.getContent(), text, new int[] {0});
        text.append('\n');
    }

    /** {@code fieldDepth[0]} counts the complex fields open around the current run. */
    private static void inline(List<Object> content, StringBuilder text, int[] fieldDepth) {
        for (Object item : content) {
            Object value = XmlUtils.unwrap(item);
            if (value instanceof R r) {
                run(r, text, fieldDepth);
            } else if (value instanceof CTSimpleField) {
                continue; // computed by Word
            } else if (value instanceof SdtElement control) {
                inline(control.getSdtContent().getContent(), text, fieldDepth);
            } else if (value instanceof ContentAccessor accessor) {
                inline(accessor.getContent(), text, fieldDepth); // hyperlinks, content controls...
            }
        }
    }

    private static void run(R r, StringBuilder text, int[] fieldDepth) {
        for (Object item : r.getContent()) {
            Object value = XmlUtils.unwrap(item);
            if (value instanceof FldChar fldChar) {
                if (fldChar.getFldCharType() == STFldCharType.BEGIN) {
                    fieldDepth[0]++;
                } else if (fldChar.getFldCharType() == STFldCharType.END) {
                    fieldDepth[0] = Math.max(0, fieldDepth[0] - 1);
                }
            } else if (fieldDepth[0] > 0) {
                continue;
            } else if (value instanceof Text t && item instanceof JAXBElement<?> element
                && element.getName().getLocalPart().equals("t")) {
                text.append(t.getValue());
            } else if (value instanceof Br) {
                text.append('\n');
            } else if (value instanceof R.Tab) {
                text.append('\t');
            }
        }
    }
}
