package fr.ctg.write.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import fr.ctg.compose.ComposedDocument;
import fr.ctg.style.HouseStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.w3c.dom.Document;

/**
 * Writes the composed XHTML document (templates/XHTML.md) as a signature-ready PDF/A-2u and PDF/UA-1: tagged
 * structure in reading order, document language and title, embedded Liberation fonts, bookmarks, table of contents with page numbers, "Page x / y", the préfecture stamp, the "PROJET"
 * watermark on drafts, one empty signature field per signatory inside a Form structure element, the annexed PDFs appended as
 * described images of their pages, and a Caf's house style: its rules after the national style sheet, its logo a described
 * figure at the top of the first page. The same input
 * gives the same bytes. An instance keeps no state between documents and can be reused.
 */
public final class PdfWriter {

    private static final String STYLE_SHEET = "/templates/style/convention.css";
    private static final String COLOR_PROFILE = "sRGB.icc";

    private final EmbeddedFonts fonts = new EmbeddedFonts();
    private final FrenchHyphenator hyphenator = new FrenchHyphenator();
    private final OverwideTables overwideTables = new OverwideTables(fonts);
    private final String css = new String(resource(PdfWriter.class, STYLE_SHEET), StandardCharsets.UTF_8);
    private final byte[] colorProfile = resource(PdfWriter.class, COLOR_PROFILE);

    public PdfWriter() {
        if (!(XRLog.getLoggerImpl() instanceof SilentRendererLog)) {
            XRLog.setLoggerImpl(new SilentRendererLog());
        }
        if (!(FontMappers.instance() instanceof SubstituteFonts)) {
            FontMappers.set(new SubstituteFonts(fonts));
        }
    }

    /**
     * @param document      the composed document
     * @param conventionDir the convention's folder: the annexed PDFs are read from it, and nothing outside it
     * @return the PDF file's bytes
     * @throws PdfWriteException when the document names a file outside the folder or an unreadable PDF (message in
     *                           French)
     */
    public byte[] write(ComposedDocument document, Path conventionDir) {
        return write(document, conventionDir, HouseStyle.NATIONAL);
    }

    /**
     * The PDF in a Caf's house style.
     *
     * @see #write(ComposedDocument, Path)
     */
    public byte[] write(ComposedDocument document, Path conventionDir, HouseStyle style) {
        ConventionFolder folder = new ConventionFolder(conventionDir);
        PreparedDocument prepared = prepare(document, folder, style);
        List<byte[]> annexContents = prepared.annexes().stream().map(annex -> read(annex.file())).toList();
        try (PDDocument pdf = new PDDocument()) {
            try (PdfBoxRenderer renderer = builder(prepared, folder, pdf, style).buildPdfRenderer()) {
                renderer.getSharedContext().setTextRenderer(new RememberedWidths());
                renderer.createPDFWithoutClosing();
                LaidOutBoxes positions = new LaidOutBoxes(renderer, Stream.concat(
                        prepared.headings().stream().map(Heading::id),
                        prepared.signatures().stream().map(SignatureSlot::boxId)).toList());
                SignatureFields.add(pdf, prepared.signatures(), positions);
                HeadingStructure.normalize(pdf.getDocumentCatalog().getStructureTreeRoot());
                List<PlacedAnnex> placed = AnnexAppender.append(pdf, prepared.annexes(), annexContents);
                Outline.build(pdf, prepared.headings(), positions, placed);
                String tampon = document.head().tampon();
                if (tampon != null && !placed.isEmpty()) {
                    AnnexStamp.apply(pdf, placed, tampon, fonts.regular(pdf, "Liberation Sans"));
                }
                PdfAMetadata.apply(pdf, document.head(), digest(document, annexContents));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.save(out, CompressParameters.DEFAULT_COMPRESSION);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The DOM that openhtmltopdf lays out for this document: the style sheet inlined, the table of contents built, the
     * stamp and the watermark in place, a missing annexed PDF named. A browser shows it as the PDF prints it, less the
     * page boxes.
     *
     * @throws PdfWriteException when the document names a file outside the folder
     */
    public Document printedDom(ComposedDocument document, Path conventionDir, HouseStyle style) {
        return prepare(document, new ConventionFolder(conventionDir), style).dom();
    }

    private PreparedDocument prepare(ComposedDocument document, ConventionFolder folder, HouseStyle style) {
        PreparedDocument prepared = DocumentPreparation.prepare(document.copyOfDom(), document.head(), folder, css + HouseStyleCss.rules(style), style.logo());
        overwideTables.apply(prepared.dom());
        return prepared;
    }

    private PdfRendererBuilder builder(PreparedDocument prepared, ConventionFolder folder, PDDocument pdf, HouseStyle style) {
        ResourceGuard guard = new ResourceGuard(folder, style.logo() == null ? null : style.logo().file());
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(pdf);
        builder.withW3cDocument(prepared.dom(), folder.root().toUri().toString());
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.usePdfUaAccessbility(true);
        builder.useColorProfile(colorProfile);
        builder.withProducer(PdfAMetadata.PRODUCER);
        fonts.register(builder, pdf, PrintableCharacters.ofProjectFonts().needsFallback(prepared.dom().getDocumentElement().getTextContent(), style.fonts()),
                style.fonts());
        builder.useUnicodeLineBreaker(new ApostropheAwareLineBreaker());
        builder.useHyphenation(hyphenator);
        builder.useUriResolver(guard);
        builder.useHttpStreamImplementation(guard);
        builder.useProtocolsStreamImplementation(guard, ResourceGuard.PROTOCOLS);
        builder.useExternalResourceAccessControl((uri, type) -> guard.allows(uri),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        return builder;
    }

    private static byte[] digest(ComposedDocument document, List<byte[]> annexContents) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(document.textSha256());
            annexContents.forEach(sha256::update);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PdfWriteException("Le fichier « " + file.getFileName() + " » ne peut pas être lu.", e);
        }
    }

    private static byte[] resource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Ressource absente du classpath : " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
