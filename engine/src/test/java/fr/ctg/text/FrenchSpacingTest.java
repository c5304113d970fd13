package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrenchSpacingTest {

    @Test
    void makesTheSpaceBeforeHighPunctuationUnbreakable() {
        assertEquals("la présente convention\u202f; ci-après", FrenchSpacing.apply("la présente convention ; ci-après"));
        assertEquals("ce qui suit\u00a0:", FrenchSpacing.apply("ce qui suit :"));
        assertEquals("vraiment\u202f?", FrenchSpacing.apply("vraiment ?"));
    }

    @Test
    void putsNoBreakSpacesInsideGuillemetsEvenWhenMissing() {
        assertEquals("«\u00a0la Caf\u00a0»", FrenchSpacing.apply("« la Caf »"));
        assertEquals("«\u00a0la Caf\u00a0»", FrenchSpacing.apply("«la Caf»"));
        assertEquals("«\u00a0la Caf\u00a0»", FrenchSpacing.apply("«\u00a0la Caf\u00a0»"));
    }

    @Test
    void addsNoSpaceWhereNoneWasTyped() {
        assertEquals("https://caf.fr à 10:30;", FrenchSpacing.apply("https://caf.fr à 10:30;"));
    }
}
