package fr.ctg.write.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.docx4j.sharedtypes.STOnOff;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblLook;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.P;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * XHTML tables as Word tables in the house table style: {@code <thead>} rows repeat on each page
 * ({@code w:tblHeader}), column widths come from {@code <col style="width: N%">}, equal otherwise.
 */
final class TableBuilder {

    /** Cell margins of the house table style (left + right), kept out of the width given to cell content. */
    private static final long CELL_MARGINS = 170;
    private static final Pattern PERCENT = Pattern.compile("width\\s*:\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%");

    private final BlockWriter blocks;

    TableBuilder(BlockWriter blocks) {
        this.blocks = blocks;
    }

    private record Row(Element tr, boolean header) {
    }

    Tbl table(Element table, Context context) {
        List<String> colStyles = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Element part : Dom.childElements(table)) {
            switch (Dom.name(part)) {
                case "colgroup" -> Dom.childElements(part).forEach(col -> colStyles.add(col.getAttribute("style")));
                case "thead" -> Dom.childElements(part).forEach(tr -> rows.add(new Row(requireRow(tr), true)));
                case "tbody", "tfoot" -> Dom.childElements(part).forEach(tr -> rows.add(new Row(requireRow(tr), false)));
                case "tr" -> rows.add(new Row(part, false));
                default -> throw new XhtmlContractException("<" + Dom.name(part) + "> inattendu dans un tableau");
            }
        }
        int columns = rows.stream().mapToInt(row -> Dom.childElements(row.tr()).size()).max().orElse(0);
        if (columns == 0) {
            throw new XhtmlContractException("tableau sans cellule");
        }
        long[] widths = columnWidths(colStyles, columns, context.width());

        Tbl tbl = Wml.FACTORY.createTbl();
        tbl.setTblPr(properties(HouseStyles.TABLE));
        tbl.setTblGrid(grid(widths));
        for (Row row : rows) {
            Tr tr = Wml.FACTORY.createTr();
            if (row.header()) {
                TrPr trPr = Wml.FACTORY.createTrPr();
                trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
                trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
                tr.setTrPr(trPr);
            }
            List<Element> cells = Dom.childElements(row.tr());
            for (int i = 0; i < columns; i++) {
                Element cell = i < cells.size() ? cells.get(i) : null;
                boolean headerCell = cell != null && Dom.name(cell).equals("th");
                if (cell != null && !headerCell && !Dom.name(cell).equals("td")) {
                    throw new XhtmlContractException("<" + Dom.name(cell) + "> dans une ligne de tableau");
                }
                if (cell != null && (cell.hasAttribute("colspan") || cell.hasAttribute("rowspan"))) {
                    throw new XhtmlContractException("colspan et rowspan ne font pas partie du sous-ensemble XHTML");
                }
                String style = headerCell || (cell == null && row.header()) ? HouseStyles.TABLE_HEADER : HouseStyles.TABLE_TEXT;
                tr.getContent().add(cell(cell, context, style, widths[i]));
            }
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    private Tc cell(@Nullable Element cell, Context context, String style, long width) {
        List<Object> content = new ArrayList<>();
        if (cell != null) {
            blocks.write(cell, context.inCell(style, width - CELL_MARGINS), content);
        }
        return cell(content, style, width);
    }

    /** A cell holding {@code content}; Word requires every cell to end with a paragraph. */
    static Tc cell(List<Object> content, String style, long width) {
        Tc tc = Wml.FACTORY.createTc();
        TcPr tcPr = Wml.FACTORY.createTcPr();
        tcPr.setTcW(Wml.width(width, "dxa"));
        tc.setTcPr(tcPr);
        tc.getContent().addAll(content);
        if (content.isEmpty() || !(content.get(content.size() - 1) instanceof P)) {
            tc.getContent().add(Wml.paragraph(style));
        }
        return tc;
    }

    static TblPr properties(String styleId) {
        TblPr tblPr = Wml.FACTORY.createTblPr();
        CTTblPrBase.TblStyle style = Wml.FACTORY.createCTTblPrBaseTblStyle();
        style.setVal(styleId);
        tblPr.setTblStyle(style);
        tblPr.setTblW(Wml.width(5000, "pct"));
        CTTblLayoutType layout = Wml.FACTORY.createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        tblPr.setTblLayout(layout);
        CTTblLook look = Wml.FACTORY.createCTTblLook();
        look.setVal("04A0");
        look.setFirstRow(STOnOff.ONE);
        look.setLastRow(STOnOff.ZERO);
        look.setFirstColumn(STOnOff.ZERO);
        look.setLastColumn(STOnOff.ZERO);
        look.setNoHBand(STOnOff.ONE);
        look.setNoVBand(STOnOff.ONE);
        tblPr.setTblLook(look);
        return tblPr;
    }

    static TblGrid grid(long[] widths) {
        TblGrid grid = Wml.FACTORY.createTblGrid();
        for (long width : widths) {
            TblGridCol col = Wml.FACTORY.createTblGridCol();
            col.setW(BigInteger.valueOf(width));
            grid.getGridCol().add(col);
        }
        return grid;
    }

    /** Widths in twips summing to {@code total}: the percentages of the {@code <col>}s if each has one. */
    static long[] columnWidths(List<String> colStyles, int columns, long total) {
        double[] shares = new double[columns];
        boolean given = colStyles.size() == columns;
        for (int i = 0; i < columns && given; i++) {
            Matcher m = PERCENT.matcher(colStyles.get(i));
            given = m.find();
            shares[i] = given ? Double.parseDouble(m.group(1)) : 0;
        }
        double sum = 0;
        for (int i = 0; i < columns; i++) {
            shares[i] = given ? shares[i] : 1;
            sum += shares[i];
        }
        if (sum <= 0) {
            Arrays.fill(shares, 1);
            sum = columns;
        }
        long[] widths = new long[columns];
        long used = 0;
        for (int i = 0; i < columns - 1; i++) {
            widths[i] = Math.round(total * shares[i] / sum);
            used += widths[i];
        }
        widths[columns - 1] = total - used;
        return widths;
    }

    private static Element requireRow(Element element) {
        if (!Dom.name(element).equals("tr")) {
            throw new XhtmlContractException("<" + Dom.name(element) + "> là où une ligne <tr> est attendue");
        }
        return element;
    }
}
