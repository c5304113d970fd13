package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApostrophesTest {

    @Test
    void replacesTheTypewriterApostrophe() {
        assertEquals("la Convention d’objectifs et l’Etat", Apostrophes.typographic("la Convention d'objectifs et l'Etat"));
    }
}
