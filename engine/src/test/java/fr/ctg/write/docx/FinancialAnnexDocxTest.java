package fr.ctg.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.compose.Composer;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The financial annex of the example of deliberations as acts and financing, written as DOCX: a Word table. */
class FinancialAnnexDocxTest {

    private static final Path EXEMPLE = Path.of("../examples/financements-vallee-du-brechet/convention.yaml");
    private static final String DOC = "word/document.xml";
    private static final String NBSP = "\u00a0";
    private static final String NNBSP = "\u202f";

    private static DocxParts parts;

    @BeforeAll
    static void write() throws Exception {
        Convention convention = new ConventionLoader().load(EXEMPLE).loadedConvention().orElseThrow();
        parts = new DocxParts(new DocxWriter().write(new Composer().composeConvention(convention, SourceFile.read(EXEMPLE)),
                EXEMPLE.getParent()));
    }

    @Test
    void eachYearIsATableWhoseHeaderRowRepeats() {
        assertEquals(2, parts.count(DOC, "//w:tbl[w:tr[1]/w:tc[4] = 'MONTANT']"));
        assertEquals(2, parts.count(DOC, "//w:tbl[w:tr[1]/w:tc[4] = 'MONTANT']/w:tr[1][w:trPr/w:tblHeader]"));
    }

    @Test
    void aLineAndTheTotalsKeepTheirCellsAndFrenchAmounts() {
        String annee2025 = "//w:tbl[w:tr[1]/w:tc[4] = 'MONTANT'][1]";
        assertEquals("la Caf|la Communauté de communes|Prestation de service unique (PSU)|148" + NNBSP + "500" + NBSP + "€",
                cells(annee2025 + "/w:tr[2]"));
        assertEquals("Sous-total la Caf|||423" + NNBSP + "650,50" + NBSP + "€", cells(annee2025 + "/w:tr[8]"));
        assertEquals("Total 2025|||518" + NNBSP + "650,50" + NBSP + "€", cells(annee2025 + "/w:tr[11]"));
        assertEquals("Total général" + NBSP + ": 802" + NNBSP + "550,50" + NBSP + "€",
                parts.xpath(DOC, "//w:p[starts-with(., 'Total général')]"));
    }

    private static String cells(String row) {
        StringBuilder cells = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            cells.append(i > 1 ? "|" : "").append(parts.xpath(DOC, row + "/w:tc[" + i + "]"));
        }
        return cells.toString();
    }
}
