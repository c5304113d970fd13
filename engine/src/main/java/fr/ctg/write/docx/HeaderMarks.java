package fr.ctg.write.docx;

import fr.ctg.compose.Head;
import java.util.ArrayList;
import java.util.List;

import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.P;
import org.docx4j.wml.SectPr;

import jakarta.xml.bind.JAXBException;

/**
 * What the document's status stamps on every page, through the headers of the house style: the préfecture's
 * acknowledgment ({@code ctg:tampon}) as a first header line, and for a draft a "PROJET" watermark.
 *
 * <p>The watermark is the VML shape Word itself writes for Design &gt; Watermark (behind the text, grey,
 * diagonal, anchored in the header so it shows on every page): staff see and remove it the usual way, and
 * LibreOffice shows it too. It is a fixed piece of WordprocessingML with no document text in it.
 */
final class HeaderMarks {

    private static final String WATERMARK = """
        <w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" \
        xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word">
          <w:rPr><w:noProof/></w:rPr><w:pict>
            <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">
              <v:formulas>
                <v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>
                <v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>
                <v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>
                <v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>
              </v:formulas>
              <v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>
              <v:textpath on="t" fitshape="t"/>
              <v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>
              <o:lock v:ext="edit" text="t" shapetype="t"/>
            </v:shapetype>
            <v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" type="#_x0000_t136" \
        style="position:absolute;margin-left:0;margin-top:0;width:425pt;height:141pt;rotation:315;z-index:-251657216;\
        mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;\
        mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">
              <v:fill opacity=".5"/>
              <v:textpath style="font-family:&quot;Liberation Serif&quot;;font-size:1pt" string="PROJET"/>
              <w10:wrap anchorx="margin" anchory="margin"/>
            </v:shape>
          </w:pict>
        </w:r>
        """;

    private HeaderMarks() {
    }

    static void apply(MainDocumentPart main, SectPr section, Head head) {
        String tampon = head.tampon();
        boolean hasTampon = tampon != null && !Whitespace.trim(tampon).isEmpty();
        if (!hasTampon && !head.isDraft()) {
            return;
        }
        for (HeaderPart header : headers(main, section)) {
            if (hasTampon) {
                P line = Wml.paragraph(HouseStyles.TAMPON);
                line.getContent().add(Wml.text(Whitespace.trim(Whitespace.collapse(tampon)), false, false));
                header.getContent().add(0, line);
            }
            if (head.isDraft()) {
                firstParagraph(header).getContent().add(watermark());
            }
        }
    }

    /** Every header the section shows (default, first page, even pages); one is created if it has none. */
    private static List<HeaderPart> headers(MainDocumentPart main, SectPr section) {
        List<HeaderPart> headers = new ArrayList<>();
        for (CTRel reference : section.getEGHdrFtrReferences()) {
            if (reference instanceof HeaderReference) {
                Part part = main.getRelationshipsPart().getPart(reference.getId());
                if (part instanceof HeaderPart header && !headers.contains(header)) {
                    headers.add(header);
                }
            }
        }
        if (headers.isEmpty()) {
            headers.add(newDefaultHeader(main, section));
        }
        return headers;
    }

    private static HeaderPart newDefaultHeader(MainDocumentPart main, SectPr section) {
        try {
            HeaderPart header = new HeaderPart();
            header.setJaxbElement(Wml.FACTORY.createHdr());
            Relationship relationship = main.addTargetPart(header);
            HeaderReference reference = Wml.FACTORY.createHeaderReference();
            reference.setId(relationship.getId());
            reference.setType(HdrFtrRef.DEFAULT);
            section.getEGHdrFtrReferences().add(reference);
            return header;
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("en-tête impossible à créer", e);
        }
    }

    /** The shape is anchored in a run of the header's first paragraph, as Word does, adding no empty line. */
    private static P firstParagraph(HeaderPart header) {
        for (Object block : header.getContent()) {
            if (XmlUtils.unwrap(block) instanceof P p) {
                return p;
            }
        }
        P p = Wml.paragraph(HouseStyles.HEADER);
        header.getContent().add(0, p);
        return p;
    }

    private static Object watermark() {
        try {
            return XmlUtils.unwrap(XmlUtils.unmarshalString(WATERMARK));
        } catch (JAXBException e) {
            throw new IllegalStateException("filigrane PROJET illisible", e);
        }
    }
}
