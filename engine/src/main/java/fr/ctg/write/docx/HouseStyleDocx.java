package fr.ctg.write.docx;

import fr.ctg.style.HouseStyle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.docx4j.XmlUtils;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.ImageJpegPart;
import org.docx4j.openpackaging.parts.WordprocessingML.ImagePngPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.CTTblStylePr;
import org.docx4j.wml.Color;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STShd;
import org.docx4j.wml.STTblStyleOverrideType;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.docx4j.wml.TcPr;
import org.jspecify.annotations.Nullable;

import jakarta.xml.bind.JAXBException;

/**
 * Applies a Caf's house style to {@code style-maison.docx} before the body is written, the way the PDF's style sheet
 * gets its rules: fonts, size and colours of the styles, the accent of table headers, margins, header and footer
 * texts, and the logo at the top of the first page, in a header of its own (Word's « Première page différente »).
 * The national style changes nothing.
 */
final class HouseStyleDocx {

    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final long EMU_PER_MM = 36_000;
    private static final List<String> TITLE_STYLES = List.of(HouseStyles.TITLE, HouseStyles.SUBTITLE, HouseStyles.heading(1),
            HouseStyles.heading(2), HouseStyles.heading(3));

    private static final String LOGO = """
        <w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:drawing>
          <wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%1$d" cy="%2$d"/><wp:docPr id="1" name="Logo"/>
            <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>
              <pic:nvPicPr><pic:cNvPr id="0" name="%4$s"/><pic:cNvPicPr/></pic:nvPicPr>
              <pic:blipFill><a:blip r:embed="%3$s"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
              <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%1$d" cy="%2$d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>
            </pic:pic></a:graphicData></a:graphic>
          </wp:inline></w:drawing></w:r>
        """;

    private HouseStyleDocx() {
    }

    static void apply(MainDocumentPart main, SectPr section, HouseStyle style) {
        if (style.isNational()) {
            return;
        }
        Styles styles = main.getStyleDefinitionsPart().getJaxbElement();
        RPr defaults = styles.getDocDefaults().getRPrDefault().getRPr();
        font(defaults, style.textFont());
        colour(defaults, style.textColour());
        if (style.textSize() != null) {
            defaults.setSz(halfPoints(style.textSize()));
            defaults.setSzCs(halfPoints(style.textSize()));
        }
        for (String id : TITLE_STYLES) {
            RPr title = properties(style(styles, id));
            font(title, style.titleFont());
            colour(title, style.titleColour());
        }
        if (style.accentColour() != null) {
            tableHeaderShading(style(styles, HouseStyles.TABLE), style.accentColour());
        }
        margins(section, style.margins());
        if (style.header() != null) {
            for (HeaderPart header : parts(main, section, HeaderReference.class, HeaderPart.class)) {
                header.getContent().clear();
                header.getContent().add(pageText(HouseStyles.HEADER, style.header()));
            }
        }
        if (style.footer() != null) {
            for (FooterPart footer : parts(main, section, FooterReference.class, FooterPart.class)) {
                footer.getContent().clear();
                footer.getContent().add(pageText(HouseStyles.FOOTER, style.footer()));
            }
        }
        if (style.logo() != null) {
            firstPageHeader(main, section, style.logo());
        }
    }

    private static Style style(Styles styles, String id) {
        return styles.getStyle().stream().filter(s -> id.equals(s.getStyleId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("le style maison n’a pas le style « " + id + " »"));
    }

    private static RPr properties(Style style) {
        if (style.getRPr() == null) {
            style.setRPr(Wml.FACTORY.createRPr());
        }
        return style.getRPr();
    }

    private static void font(RPr properties, @Nullable String family) {
        if (family != null) {
            RFonts fonts = Wml.FACTORY.createRFonts();
            fonts.setAscii(family);
            fonts.setHAnsi(family);
            fonts.setEastAsia(family);
            fonts.setCs(family);
            properties.setRFonts(fonts);
        }
    }

    private static void colour(RPr properties, @Nullable String rgb) {
        if (rgb != null) {
            Color colour = Wml.FACTORY.createColor();
            colour.setVal(rgb);
            properties.setColor(colour);
        }
    }

    private static HpsMeasure halfPoints(BigDecimal points) {
        HpsMeasure measure = Wml.FACTORY.createHpsMeasure();
        measure.setVal(points.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP).toBigInteger());
        return measure;
    }

    private static void tableHeaderShading(Style table, String rgb) {
        CTTblStylePr firstRow = table.getTblStylePr().stream().filter(p -> p.getType() == STTblStyleOverrideType.FIRST_ROW).findFirst()
                .orElseGet(() -> {
                    CTTblStylePr created = Wml.FACTORY.createCTTblStylePr();
                    created.setType(STTblStyleOverrideType.FIRST_ROW);
                    table.getTblStylePr().add(created);
                    return created;
                });
        if (firstRow.getTcPr() == null) {
            firstRow.setTcPr(Wml.FACTORY.createTcPr());
        }
        TcPr cell = firstRow.getTcPr();
        CTShd shading = Wml.FACTORY.createCTShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(rgb);
        cell.setShd(shading);
    }

    private static void margins(SectPr section, HouseStyle.Margins margins) {
        SectPr.PgMar pgMar = section.getPgMar();
        if (margins.top() != null) {
            pgMar.setTop(twips(margins.top()));
        }
        if (margins.right() != null) {
            pgMar.setRight(twips(margins.right()));
        }
        if (margins.bottom() != null) {
            pgMar.setBottom(twips(margins.bottom()));
        }
        if (margins.left() != null) {
            pgMar.setLeft(twips(margins.left()));
        }
    }

    private static BigInteger twips(BigDecimal mm) {
        return BigInteger.valueOf(Math.round(mm.doubleValue() * TWIPS_PER_MM));
    }

    /** The parts the section's references of this kind name, each once, the default one first. */
    private static <T extends Part> List<T> parts(MainDocumentPart main, SectPr section, Class<? extends CTRel> reference, Class<T> kind) {
        List<T> parts = new ArrayList<>();
        for (CTRel ref : section.getEGHdrFtrReferences()) {
            Part part = main.getRelationshipsPart().getPart(ref.getId());
            if (reference.isInstance(ref) && kind.isInstance(part) && !parts.contains(kind.cast(part))) {
                parts.add(kind.cast(part));
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException("le style maison n’a pas de " + (kind == HeaderPart.class ? "en-tête" : "pied de page"));
        }
        return parts;
    }

    /** A header or footer line: its text, and Word's PAGE and NUMPAGES fields for the page number and count. */
    private static P pageText(String styleId, HouseStyle.PageText text) {
        P line = Wml.paragraph(styleId);
        for (HouseStyle.PageText.Part part : text.parts()) {
            if (part instanceof HouseStyle.PageText.Text t) {
                line.getContent().add(Wml.text(t.text(), false, false));
            } else {
                CTSimpleField field = Wml.FACTORY.createCTSimpleField();
                field.setInstr(part instanceof HouseStyle.PageText.PageNumber ? " PAGE " : " NUMPAGES ");
                field.getContent().add(Wml.text("1", false, false));
                line.getContent().add(Wml.FACTORY.createPFldSimple(field));
            }
        }
        return line;
    }

    /**
     * The first page gets a header of its own: the logo, left-aligned, above the default header's lines; its footer is
     * the default one.
     */
    private static void firstPageHeader(MainDocumentPart main, SectPr section, HouseStyle.Logo logo) {
        List<HeaderPart> headers = parts(main, section, HeaderReference.class, HeaderPart.class);
        List<FooterPart> footers = parts(main, section, FooterReference.class, FooterPart.class);
        try {
            HeaderPart first = new HeaderPart(new PartName("/word/header-premiere-page.xml"));
            first.setJaxbElement(Wml.FACTORY.createHdr());
            Relationship headerRelationship = main.addTargetPart(first);
            BinaryPart image = logo.png() ? new ImagePngPart(new PartName("/word/media/logo.png"))
                    : new ImageJpegPart(new PartName("/word/media/logo.jpeg"));
            image.setBinaryData(logo.image());
            Relationship imageRelationship = first.addTargetPart(image);
            P logoLine = Wml.paragraph(HouseStyles.HEADER);
            Jc left = Wml.FACTORY.createJc();
            left.setVal(JcEnumeration.LEFT);
            Wml.properties(logoLine).setJc(left);
            logoLine.getContent().add(picture(logo, imageRelationship.getId(), logo.png() ? "logo.png" : "logo.jpeg"));
            first.getContent().add(logoLine);
            for (Object block : headers.get(0).getContent()) {
                first.getContent().add(XmlUtils.deepCopy(block));
            }
            HeaderReference headerReference = Wml.FACTORY.createHeaderReference();
            headerReference.setType(HdrFtrRef.FIRST);
            headerReference.setId(headerRelationship.getId());
            FooterReference footerReference = Wml.FACTORY.createFooterReference();
            footerReference.setType(HdrFtrRef.FIRST);
            footerReference.setId(main.getRelationshipsPart().getRel(footers.get(0).getPartName()).getId());
            section.getEGHdrFtrReferences().add(headerReference);
            section.getEGHdrFtrReferences().add(footerReference);
            section.setTitlePg(new BooleanDefaultTrue());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("en-tête du logo impossible à créer", e);
        }
    }

    /** An inline picture described by the logo's text, as Word's « Texte de remplacement ». */
    private static R picture(HouseStyle.Logo logo, String relationshipId, String name) {
        long width = logo.widthMm().multiply(BigDecimal.valueOf(EMU_PER_MM)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long height = logo.heightMm().multiply(BigDecimal.valueOf(EMU_PER_MM)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        try {
            R run = (R) XmlUtils.unwrap(XmlUtils.unmarshalString(String.format(Locale.ROOT, LOGO, width, height, relationshipId, name)));
            for (Object content : run.getContent()) {
                if (XmlUtils.unwrap(content) instanceof Drawing drawing) {
                    Inline inline = (Inline) drawing.getAnchorOrInline().get(0);
                    inline.getDocPr().setDescr(logo.description());
                }
            }
            return run;
        } catch (JAXBException e) {
            throw new IllegalStateException("logo illisible", e);
        }
    }
}
