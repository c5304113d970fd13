package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FrenchAmountsTest {

    @Test
    void separatesThousandsWithNarrowNoBreakSpaceAndPutsANoBreakSpaceBeforeTheEuroSign() {
        assertEquals("248\u202f220,56\u00a0€", FrenchAmounts.euros(new BigDecimal("248220.56")));
    }

    @Test
    void writesAWholeAmountWithoutDecimals() {
        assertEquals("2\u202f100\u00a0€", FrenchAmounts.euros(new BigDecimal("2100")));
        assertEquals("1\u202f250\u202f000\u00a0€", FrenchAmounts.euros(new BigDecimal("1250000.00")));
        assertEquals("300\u00a0€", FrenchAmounts.euros(new BigDecimal("300")));
    }

    @Test
    void writesCentsWithTwoDigitsRoundedHalfUp() {
        assertEquals("12,50\u00a0€", FrenchAmounts.euros(new BigDecimal("12.5")));
        assertEquals("157\u202f191,67\u00a0€", FrenchAmounts.euros(new BigDecimal("157191.665")));
        assertEquals("0,05\u00a0€", FrenchAmounts.euros(new BigDecimal("0.05")));
    }

    @Test
    void keepsTheSignOfANegativeAmount() {
        assertEquals("-1\u202f250,50\u00a0€", FrenchAmounts.euros(new BigDecimal("-1250.5")));
    }
}
