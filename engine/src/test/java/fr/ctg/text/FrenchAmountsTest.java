package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FrenchAmountsTest {

    @Test
    void groupsThousandsWithNarrowNoBreakSpacesAndPutsANoBreakSpaceBeforeTheEuroSign() {
        assertEquals("248\u202f220,56\u00a0€", FrenchAmounts.euros(new BigDecimal("248220.56")));
        assertEquals("1\u202f250\u202f000,00\u00a0€", FrenchAmounts.euros(new BigDecimal("1250000")));
    }

    @Test
    void writesSmallAndNegativeAmountsWithTwoDecimals() {
        assertEquals("0,50\u00a0€", FrenchAmounts.euros(new BigDecimal("0.5")));
        assertEquals("999,00\u00a0€", FrenchAmounts.euros(new BigDecimal("999")));
        assertEquals("-1\u202f200,13\u00a0€", FrenchAmounts.euros(new BigDecimal("-1200.125")));
    }
}
