package fr.ctg.write.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTHeight;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STHeightRule;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import org.w3c.dom.Element;

/**
 * The signature grid: a borderless two-column table, one cell per signatory holding the qualité, an empty
 * bordered box to sign in and the name. Rows do not split across pages.
 */
final class SignatureGrid {

    private static final int COLUMNS = 2;
    /** 2.5 cm high, at most 8 cm wide. */
    private static final long BOX_HEIGHT = 1418;
    private static final long BOX_MAX_WIDTH = 4536;
    private static final long CELL_MARGINS = 216;

    private final BlockWriter blocks;

    SignatureGrid(BlockWriter blocks) {
        this.blocks = blocks;
    }

    Tbl grid(Element signatures, Context context) {
        List<Element> blocksOfSignatories = Dom.childElements(signatures);
        long[] widths = TableBuilder.columnWidths(List.of(), COLUMNS, context.width());
        Tbl tbl = Wml.FACTORY.createTbl();
        tbl.setTblPr(TableBuilder.properties(HouseStyles.SIGNATURES_TABLE));
        tbl.setTblGrid(TableBuilder.grid(widths));
        for (int start = 0; start < blocksOfSignatories.size(); start += COLUMNS) {
            Tr tr = Wml.FACTORY.createTr();
            TrPr trPr = Wml.FACTORY.createTrPr();
            trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
            tr.setTrPr(trPr);
            for (int column = 0; column < COLUMNS; column++) {
                List<Object> content = new ArrayList<>();
                int index = start + column;
                if (index < blocksOfSignatories.size()) {
                    Element signature = blocksOfSignatories.get(index);
                    if (!Dom.name(signature).equals("div") || !Dom.hasClass(signature, "signature")) {
                        throw new XhtmlContractException("la grille de signatures n’admet que des <div class=\"signature\">");
                    }
                    blocks.write(signature, context.inCell(HouseStyles.SIGNATURE, widths[column] - CELL_MARGINS), content);
                }
                tr.getContent().add(TableBuilder.cell(content, HouseStyles.SIGNATURE, widths[column]));
            }
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    /** The empty box a signatory signs in: a one-cell bordered table of fixed height, centred. */
    static Tbl box(long availableWidth) {
        long width = Math.min(BOX_MAX_WIDTH, availableWidth);
        Tbl tbl = Wml.FACTORY.createTbl();
        TblPr tblPr = Wml.FACTORY.createTblPr();
        tblPr.setTblW(Wml.width(width, "dxa"));
        Jc centre = Wml.FACTORY.createJc();
        centre.setVal(JcEnumeration.CENTER);
        tblPr.setJc(centre);
        TblBorders borders = Wml.FACTORY.createTblBorders();
        borders.setTop(Wml.border(STBorder.SINGLE, 4));
        borders.setLeft(Wml.border(STBorder.SINGLE, 4));
        borders.setBottom(Wml.border(STBorder.SINGLE, 4));
        borders.setRight(Wml.border(STBorder.SINGLE, 4));
        tblPr.setTblBorders(borders);
        tbl.setTblPr(tblPr);
        tbl.setTblGrid(TableBuilder.grid(new long[] {width}));
        Tr tr = Wml.FACTORY.createTr();
        TrPr trPr = Wml.FACTORY.createTrPr();
        CTHeight height = Wml.FACTORY.createCTHeight();
        height.setVal(BigInteger.valueOf(BOX_HEIGHT));
        height.setHRule(STHeightRule.EXACT);
        trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseTrHeight(height));
        tr.setTrPr(trPr);
        tr.getContent().add(TableBuilder.cell(List.of(), HouseStyles.SIGNATURE, width));
        tbl.getContent().add(tr);
        return tbl;
    }
}
