package fr.ctg.write.docx;

import fr.ctg.compose.ComposedDocument;
import fr.ctg.compose.Head;
import fr.ctg.style.HouseStyle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.SectPr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes the composed XHTML document (templates/XHTML.md) as an editable Word document. The house style
 * {@code templates/style/style-maison.docx} gives styles, numbering, headers, footers, page setup and any
 * logo; only its body is replaced. The same document always gives the same bytes. Nothing is fetched: annexed
 * PDFs are only named.
 */
public final class DocxWriter {

    /** A4 with 2 cm margins, when the house style does not say. */
    private static final long DEFAULT_TEXT_WIDTH = 9638;

    private final byte[] houseStyle;

    /** A writer using the house style packaged with the engine. */
    public DocxWriter() {
        this(readHouseStyle());
    }

    /** A writer using another house style (a DOCX keeping the styleIds listed in {@link HouseStyles}). */
    public DocxWriter(byte[] houseStyle) {
        Docx4jSettings.ensure();
        this.houseStyle = houseStyle.clone();
    }

    /**
     * @param composed the composed document
     * @param conventionDir the convention's folder, against which the document's relative paths (annexed
     *     PDFs) resolve; the DOCX reads nothing from it, since it only names the annexes
     * @return the DOCX bytes
     * @throws XhtmlContractException when an element stands where the subset does not put it (a list in a text, a fourth list level...)
     */
    public byte[] write(ComposedDocument composed, Path conventionDir) {
        return write(composed, conventionDir, HouseStyle.NATIONAL);
    }

    /**
     * The DOCX in a Caf's house style, applied to the house style file's styles, margins, header and footer.
     *
     * @see #write(ComposedDocument, Path)
     */
    public byte[] write(ComposedDocument composed, Path conventionDir, HouseStyle style) {
        Document document = composed.copyOfDom();
        Head head = composed.head();
        WordprocessingMLPackage pkg = loadHouseStyle();
        MainDocumentPart main = pkg.getMainDocumentPart();
        Body body = main.getJaxbElement().getBody();
        SectPr section = body.getSectPr();
        if (section == null) {
            throw new IllegalStateException("le style maison n’a pas de mise en page (w:sectPr)");
        }
        HouseStyleDocx.apply(main, section, style);

        BodyBuilder builder = new BodyBuilder(new ListNumbering(numbering(main).getJaxbElement()));
        List<Object> blocks = builder.build(bodyElement(document), textWidth(section));
        body.getContent().clear();
        body.getContent().addAll(blocks);
        if (builder.hasTableOfContents()) {
            main.getDocumentSettingsPart().getJaxbElement().setUpdateFields(new BooleanDefaultTrue());
        }
        FrenchHyphenation.apply(main);
        HeaderMarks.apply(main, section, head);
        CoreMetadata.apply(pkg, head);
        return DeterministicZip.repack(save(pkg), head.date());
    }

    /**
     * Loads the house style once without writing anything: docx4j then builds its XML bindings, about a second
     * in a fresh process, which the caller may prefer to spend ahead of the first document, on an idle core.
     */
    public void prepare() {
        loadHouseStyle();
    }

    private static Element bodyElement(Document document) {
        NodeList bodies = document.getElementsByTagNameNS(ComposedDocument.XHTML_NAMESPACE, "body");
        if (bodies.getLength() != 1) {
            throw new XhtmlContractException("le document XHTML doit avoir un <body> et un seul");
        }
        return (Element) bodies.item(0);
    }

    private static long textWidth(SectPr section) {
        SectPr.PgSz size = section.getPgSz();
        SectPr.PgMar margins = section.getPgMar();
        if (size == null || size.getW() == null || margins == null || margins.getLeft() == null
            || margins.getRight() == null) {
            return DEFAULT_TEXT_WIDTH;
        }
        long gutter = margins.getGutter() == null ? 0 : margins.getGutter().longValue();
        return size.getW().longValue() - margins.getLeft().longValue() - margins.getRight().longValue() - gutter;
    }

    private static NumberingDefinitionsPart numbering(MainDocumentPart main) {
        NumberingDefinitionsPart numbering = main.getNumberingDefinitionsPart();
        if (numbering == null) {
            throw new IllegalStateException("le style maison n’a pas de définitions de listes (numbering.xml)");
        }
        return numbering;
    }

    private WordprocessingMLPackage loadHouseStyle() {
        try {
            return WordprocessingMLPackage.load(new ByteArrayInputStream(houseStyle));
        } catch (Docx4JException e) {
            throw new IllegalStateException("style maison illisible : " + e.getMessage(), e);
        }
    }

    private static byte[] save(WordprocessingMLPackage pkg) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("écriture DOCX impossible : " + e.getMessage(), e);
        }
    }

    private static byte[] readHouseStyle() {
        try (InputStream in = DocxWriter.class.getClassLoader().getResourceAsStream(HouseStyles.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("style maison absent du classpath : " + HouseStyles.RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
