package fr.ctg.write.docx;

import java.math.BigInteger;

import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Text;
import org.jspecify.annotations.Nullable;

/** Small constructors over docx4j's WordprocessingML object model; text is always set as a value, never parsed. */
final class Wml {

    static final ObjectFactory FACTORY = new ObjectFactory();

    private Wml() {
    }

    /** A paragraph with the given style; {@code null} leaves the default style (Normal). */
    static P paragraph(@Nullable String styleId) {
        P p = FACTORY.createP();
        if (styleId != null) {
            PPr pPr = FACTORY.createPPr();
            PPrBase.PStyle style = FACTORY.createPPrBasePStyle();
            style.setVal(styleId);
            pPr.setPStyle(style);
            p.setPPr(pPr);
        }
        return p;
    }

    static PPr properties(P p) {
        if (p.getPPr() == null) {
            p.setPPr(FACTORY.createPPr());
        }
        return p.getPPr();
    }

    static R text(String value, boolean bold, boolean italic) {
        return run(preserved(value), bold, italic);
    }

    static R run(Text text, boolean bold, boolean italic) {
        R r = FACTORY.createR();
        if (bold || italic) {
            RPr rPr = FACTORY.createRPr();
            if (bold) {
                rPr.setB(new BooleanDefaultTrue());
            }
            if (italic) {
                rPr.setI(new BooleanDefaultTrue());
            }
            r.setRPr(rPr);
        }
        r.getContent().add(FACTORY.createRT(text));
        return r;
    }

    static Text preserved(String value) {
        Text t = FACTORY.createText();
        t.setValue(value);
        t.setSpace("preserve");
        return t;
    }

    static R lineBreak() {
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createBr());
        return r;
    }

    static P pageBreak() {
        P p = FACTORY.createP();
        R r = FACTORY.createR();
        Br br = FACTORY.createBr();
        br.setType(STBrType.PAGE);
        r.getContent().add(br);
        p.getContent().add(r);
        return p;
    }

    static TblWidth width(long value, String type) {
        TblWidth width = FACTORY.createTblWidth();
        width.setW(BigInteger.valueOf(value));
        width.setType(type);
        return width;
    }

    static CTBorder border(STBorder style, int eighthsOfPoint) {
        CTBorder border = FACTORY.createCTBorder();
        border.setVal(style);
        border.setSz(BigInteger.valueOf(eighthsOfPoint));
        border.setSpace(BigInteger.ZERO);
        border.setColor("auto");
        return border;
    }
}
