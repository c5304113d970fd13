package fr.ctg.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import fr.ctg.write.pdf.DeliberationPdfs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * A deliberation PDF built with PDFBox from the fuzzer's data, as a collectivité's software might publish it, or
 * worse: a few pages or just over the limit of 100, odd MediaBoxes and rotations, fonts embedded or not, a
 * DeviceCMYK image, JavaScript on the page (/AA, a link), at the opening (/OpenAction, the catalog's /AA, the name
 * tree), a page tree nested up to 70 levels, a wrong /Count at its root, then, sometimes, a broken xref: a wrong
 * startxref, the file cut short, or bytes overwritten.
 */
final class FuzzedPdf {

    private static final PDRectangle[] SIZES = {PDRectangle.A4, PDRectangle.LETTER, new PDRectangle(1191, 842), new PDRectangle(10, 10),
        new PDRectangle(14_400_000, 300), new PDRectangle(3, 3000), new PDRectangle(0, 0)};
    private static final float[][] ODD_BOXES = {{595, 842, 0, 0}, {-1000, -1000, -405, -158}, {0, 0, Float.MAX_VALUE, 842}, {0, 0, -595, 842}};
    private static final int[] ROTATIONS = {0, 90, 180, 270, 45, -90, 3600};

    private FuzzedPdf() {
    }

    static byte[] make(FuzzedDataProvider data) throws IOException {
        try (PDDocument document = new PDDocument()) {
            int pages = data.consumeBoolean() ? data.consumeInt(1, 3) : data.consumeInt(101, 102);
            for (int index = 0; index < pages; index++) {
                PDPage page = page(data);
                document.addPage(page);
                if (index < 3) {
                    write(document, page, data);
                }
            }
            if (data.consumeBoolean()) {
                document.getDocumentCatalog().setOpenAction(script());
            }
            if (data.consumeBoolean()) {
                COSDictionary actions = new COSDictionary();
                actions.setItem(COSName.getPDFName("WC"), script());
                document.getDocumentCatalog().getCOSObject().setItem(COSName.AA, actions);
            }
            if (data.consumeBoolean()) {
                PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
                scripts.setNames(Map.of("ouverture", script()));
                names.setJavascript(scripts);
                document.getDocumentCatalog().setNames(names);
            }
            if (data.consumeInt(0, 3) == 0) {
                deepen(document, data.consumeInt(2, 70));
            }
            if (data.consumeInt(0, 7) == 0) {
                document.getPages().getCOSObject().setInt(COSName.COUNT, data.consumeInt(-1, 200));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return damaged(out.toByteArray(), data);
        }
    }

    private static PDPage page(FuzzedDataProvider data) {
        PDPage page = new PDPage(data.pickValue(SIZES));
        if (data.consumeInt(0, 5) == 0) {
            COSArray box = new COSArray();
            for (float value : data.pickValue(ODD_BOXES)) {
                box.add(new COSFloat(value));
            }
            page.getCOSObject().setItem(COSName.MEDIA_BOX, box);
        }
        page.setRotation(data.pickValue(Arrays.stream(ROTATIONS).boxed().toList()));
        if (data.consumeBoolean()) {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(script());
            page.setActions(actions);
        }
        return page;
    }

    /** A line of text in a font embedded or not, a link that runs a script, and maybe a DeviceCMYK image. */
    private static void write(PDDocument document, PDPage page, FuzzedDataProvider data) throws IOException {
        PDFont font = switch (data.consumeInt(0, 3)) {
            case 0 -> new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            case 1 -> new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            case 2 -> new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
            default -> DeliberationPdfs.embeddedFont(document);
        };
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(font, data.consumeInt(1, 40));
            content.newLineAtOffset(data.consumeInt(-100, 600), data.consumeInt(-100, 900));
            content.showText(DeliberationPdfs.TEXT);
            content.endText();
            if (data.consumeBoolean()) {
                content.drawImage(DeliberationPdfs.cmykImage(document), 72, 400, data.consumeInt(1, 500), data.consumeInt(1, 500));
            }
        }
        if (data.consumeBoolean()) {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 700, 200, 20));
            link.setAction(script());
            page.getAnnotations().add(link);
        }
    }

    /** The pages moved under {@code depth - 1} more /Pages nodes, each the only kid of the one above. */
    private static void deepen(PDDocument document, int depth) {
        COSDictionary node = document.getPages().getCOSObject();
        COSArray pages = node.getCOSArray(COSName.KIDS);
        int count = node.getInt(COSName.COUNT);
        for (int level = 1; level < depth; level++) {
            COSDictionary child = new COSDictionary();
            child.setItem(COSName.TYPE, COSName.PAGES);
            child.setItem(COSName.PARENT, node);
            child.setInt(COSName.COUNT, count);
            COSArray only = new COSArray();
            only.add(child);
            node.setItem(COSName.KIDS, only);
            node = child;
        }
        node.setItem(COSName.KIDS, pages);
        for (int index = 0; index < pages.size(); index++) {
            ((COSDictionary) pages.getObject(index)).setItem(COSName.PARENT, node);
        }
    }

    /** The PDF intact, or its startxref wrong, or cut short, or with a few bytes overwritten. */
    private static byte[] damaged(byte[] pdf, FuzzedDataProvider data) {
        switch (data.consumeInt(0, 5)) {
            case 0 -> {
                String text = new String(pdf, StandardCharsets.ISO_8859_1);
                int at = text.lastIndexOf("startxref");
                return at < 0 ? pdf : (text.substring(0, at) + "startxref\n" + data.consumeInt(0, pdf.length * 2) + "\n%%EOF\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            case 1 -> {
                return Arrays.copyOf(pdf, data.consumeInt(0, pdf.length));
            }
            case 2 -> {
                byte[] damaged = pdf.clone();
                byte[] bytes = data.consumeBytes(32);
                System.arraycopy(bytes, 0, damaged, data.consumeInt(0, Math.max(0, pdf.length - bytes.length)), bytes.length);
                return damaged;
            }
            default -> {
                return pdf;
            }
        }
    }

    private static PDActionJavaScript script() {
        return new PDActionJavaScript(DeliberationPdfs.SCRIPT);
    }
}
