package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.model.Genre;
import org.junit.jupiter.api.Test;

class OrdinalsTest {

    @Test
    void firstAgreesWithTheNounAndTheOthersTakeE() {
        assertEquals("1er", Ordinals.abbreviated(1, Genre.MASCULIN));
        assertEquals("1re", Ordinals.abbreviated(1, Genre.FEMININ));
        assertEquals("2e", Ordinals.abbreviated(2, Genre.FEMININ));
        assertEquals("11e", Ordinals.abbreviated(11, Genre.MASCULIN));
        assertEquals("21e", Ordinals.abbreviated(21, Genre.FEMININ));
    }

    @Test
    void refusesARankBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> Ordinals.abbreviated(0, Genre.MASCULIN));
    }
}
