package fr.ctg.fidelite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void splitsOnApostrophesHyphensPunctuationAndSpacesAndLowersTheCase() {
        assertEquals(List.of("l", "accès", "aux", "droits", "saint", "etienne", "n", "1", "04", "92", "aujourd", "hui"),
                Words.of("L’accès aux droits ; Saint-Etienne\u00A0: N-1¹ (04 92) aujourd'hui…"));
    }

    @Test
    void composesDecomposedAccents() {
        assertEquals(List.of("équité"), Words.of("e\u0301quite\u0301"));
    }
}
