package fr.ctg.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdfLabelTest {

    @Test
    void keepsTheFirstSpaceOfEachRunAndMakesTabsAndNewLinesSpaces() {
        assertEquals("Article\u00a0: la Caf et la commune", PdfLabel.of("Article\u00a0\u00a0\u00a0: la Caf   et\t\tla\ncommune"));
    }

    @Test
    void leavesAShortLabelAsItIs() {
        String label = "x".repeat(PdfLabel.MAX_LENGTH);
        assertEquals(label, PdfLabel.of(label));
    }

    @Test
    void cutsALongLabelWithAnEllipsisNeverInsideACharacterOutsideTheBasicPlane() {
        String label = "x".repeat(PdfLabel.MAX_LENGTH - 2) + "\ud835\udc9e".repeat(10);

        assertEquals("x".repeat(PdfLabel.MAX_LENGTH - 2) + "…", PdfLabel.of(label));
    }
}
