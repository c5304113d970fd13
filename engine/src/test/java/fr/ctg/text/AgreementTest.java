package fr.ctg.text;

import static fr.ctg.model.Genre.FEMININ;
import static fr.ctg.model.Genre.MASCULIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void agreesInGenderAndNumber() {
        assertEquals("représenté", Agreement.agree("représenté", MASCULIN, 1));
        assertEquals("représentée", Agreement.agree("représenté", FEMININ, 1));
        assertEquals("autorisés", Agreement.agree("autorisé", MASCULIN, 2));
        assertEquals("autorisées", Agreement.agree("autorisé", FEMININ, 3));
    }

    @Test
    void leavesAMasculinePluralEndingInSUnchanged() {
        assertEquals("compris", Agreement.agree("compris", MASCULIN, 2));
        assertEquals("comprises", Agreement.agree("compris", FEMININ, 2));
    }

    @Test
    void aGroupIsMasculineAsSoonAsOneMemberIs() {
        assertEquals(MASCULIN, Agreement.groupGender(List.of(FEMININ, MASCULIN)));
        assertEquals(FEMININ, Agreement.groupGender(List.of(FEMININ, FEMININ)));
        assertEquals(MASCULIN, Agreement.groupGender(List.of(MASCULIN)));
        assertEquals("autorisés", Agreement.agree("autorisé", Agreement.groupGender(List.of(FEMININ, MASCULIN)), 2));
    }
}
