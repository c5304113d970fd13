package fr.ctg.write.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Deliberation PDFs made by the tests with PDFBox: an ordinary one, and the ones that once poisoned the act
 * (JavaScript, actions, embedded files, a font not embedded, CMYK colours, an absurd page size).
 */
public final class DeliberationPdfs {

    public static final String TEXT = "Extrait du registre des délibérations";
    public static final String SCRIPT = "app.alert('ctg')";

    private DeliberationPdfs() {
    }

    /** One A4 page of text in an embedded font: what a collectivité usually publishes. */
    public static byte[] ordinary() throws IOException {
        return make(PDRectangle.A4, DeliberationPdfs::embeddedFont, (document, page) -> { });
    }

    /** JavaScript everywhere it can hide: page /AA, document /OpenAction and /AA, name tree, a link, a file. */
    public static byte[] withScripts() throws IOException {
        return make(PDRectangle.A4, DeliberationPdfs::embeddedFont, (document, page) -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(script());
            page.setActions(actions);
            document.getDocumentCatalog().setOpenAction(script());
            document.getDocumentCatalog().getCOSObject().setItem(COSName.AA, new COSDictionary());
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 700, 200, 20));
            link.setAction(script());
            page.getAnnotations().add(link);
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("ouverture", script()));
            names.setJavascript(scripts);
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("charge.exe");
            file.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream("MZ".getBytes(StandardCharsets.US_ASCII))));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("charge.exe", file));
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    /** Helvetica, not embedded: the most common non-PDF/A deliberation. */
    public static byte[] withAFontNotEmbedded() throws IOException {
        return make(PDRectangle.A4, document -> new PDType1Font(Standard14Fonts.FontName.HELVETICA), (document, page) -> { });
    }

    /** A DeviceCMYK image, with no output intent of that colour space. */
    public static byte[] withACmykImage() throws IOException {
        return make(PDRectangle.A4, DeliberationPdfs::embeddedFont, (document, page) -> {
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                content.drawImage(cmykImage(document), 72, 400, 200, 200);
            }
        });
    }

    /** A page 5 km wide, beyond the 14 400 units PDF/A allows. */
    public static byte[] withAnAbsurdMediaBox() throws IOException {
        return make(new PDRectangle(14_400_000, 300), DeliberationPdfs::embeddedFont, (document, page) -> { });
    }

    /** One pixel in DeviceCMYK. */
    public static PDImageXObject cmykImage(PDDocument document) throws IOException {
        PDStream stream = new PDStream(document, new ByteArrayInputStream(new byte[] {0, (byte) 255, (byte) 255, 0}));
        PDImageXObject cmyk = new PDImageXObject(stream, null);
        cmyk.setWidth(1);
        cmyk.setHeight(1);
        cmyk.setBitsPerComponent(8);
        cmyk.setColorSpace(PDDeviceCMYK.INSTANCE);
        return cmyk;
    }

    private interface FontChoice {
        PDFont font(PDDocument document) throws IOException;
    }

    private interface Poison {
        void add(PDDocument document, PDPage page) throws IOException;
    }

    private static byte[] make(PDRectangle size, FontChoice font, Poison poison) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font.font(document), 12);
                content.newLineAtOffset(72, Math.min(760, size.getHeight() - 40));
                content.showText(TEXT);
                content.endText();
            }
            poison.add(document, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Liberation Sans, embedded. */
    public static PDFont embeddedFont(PDDocument document) throws IOException {
        try (InputStream font = DeliberationPdfs.class.getResourceAsStream("/templates/fonts/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(document, font);
        }
    }

    private static PDActionJavaScript script() {
        return new PDActionJavaScript(SCRIPT);
    }

    /** The keys of ISO 32000 that carry scripts, automatic actions and embedded files, found in any object of the PDF. */
    public static List<String> activeContent(PDDocument document) {
        List<COSName> keys = List.of(COSName.JS, COSName.AA, COSName.OPEN_ACTION, COSName.JAVA_SCRIPT,
                COSName.EMBEDDED_FILES);
        return document.getDocument().getXrefTable().keySet().stream()
                .map(key -> document.getDocument().getObjectFromPool(key).getObject())
                .filter(COSDictionary.class::isInstance)
                .map(COSDictionary.class::cast)
                .flatMap(dictionary -> keys.stream().filter(dictionary::containsKey).map(COSName::getName))
                .distinct()
                .toList();
    }

}
