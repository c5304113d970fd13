package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {

    @Test
    void writesTheFirstDayAsAnOrdinal() {
        assertEquals("1er\u00a0janvier\u00a02022", FrenchDates.longForm(LocalDate.of(2022, 1, 1)));
    }

    @Test
    void writesOtherDaysAsCardinals() {
        assertEquals("9\u00a0novembre\u00a02022", FrenchDates.longForm(LocalDate.of(2022, 11, 9)));
        assertEquals("31\u00a0décembre\u00a02024", FrenchDates.longForm(LocalDate.of(2024, 12, 31)));
    }

    @Test
    void writesTheShortFormOfThePrefectureStamp() {
        assertEquals("20/12/2022", FrenchDates.shortForm(LocalDate.of(2022, 12, 20)));
    }
}
