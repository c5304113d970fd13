package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.model.DateApproximative;
import org.junit.jupiter.api.Test;

class ApproximateDatesTest {

    private static String phrase(String text) {
        return ApproximateDates.startPhrase(DateApproximative.read(text).orElseThrow());
    }

    @Test
    void saysWhenAnActionStartsInTheWordsOfTheFiches() {
        assertEquals("Dès 2023", phrase("2023"));
        assertEquals("À partir du deuxième trimestre 2023", phrase("2023-T2"));
        assertEquals("À partir du premier trimestre 2024", phrase("2024-T1"));
        assertEquals("À partir d’avril\u00a02023", phrase("2023-04"));
        assertEquals("À partir de mai\u00a02023", phrase("2023-05"));
        assertEquals("À partir du 15\u00a0avril\u00a02023", phrase("2023-04-15"));
        assertEquals("À partir du 1er\u00a0février\u00a02024", phrase("2024-02-01"));
    }
}
