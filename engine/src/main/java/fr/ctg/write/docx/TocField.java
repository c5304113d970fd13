package fr.ctg.write.docx;

import org.docx4j.wml.FldChar;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STFldCharType;

/**
 * A table of contents as a Word TOC field over Heading1..3. Word computes it (page numbers included) when
 * the document opens, since the writer sets {@code w:updateFields}; until then it shows a hint.
 */
final class TocField {

    static final String INSTRUCTION = " TOC \\o \"1-3\" \\h \\z \\u ";
    static final String PLACEHOLDER = "Mettez à jour la table des matières (F9)";

    private TocField() {
    }

    static P paragraph() {
        P p = Wml.paragraph(null);
        p.getContent().add(fieldChar(STFldCharType.BEGIN));
        R instruction = Wml.FACTORY.createR();
        instruction.getContent().add(Wml.FACTORY.createRInstrText(Wml.preserved(INSTRUCTION)));
        p.getContent().add(instruction);
        p.getContent().add(fieldChar(STFldCharType.SEPARATE));
        p.getContent().add(Wml.text(PLACEHOLDER, false, false));
        p.getContent().add(fieldChar(STFldCharType.END));
        return p;
    }

    private static R fieldChar(STFldCharType type) {
        FldChar fldChar = Wml.FACTORY.createFldChar();
        fldChar.setFldCharType(type);
        if (type == STFldCharType.BEGIN) {
            fldChar.setDirty(true);
        }
        R r = Wml.FACTORY.createR();
        r.getContent().add(Wml.FACTORY.createRFldChar(fldChar));
        return r;
    }
}
