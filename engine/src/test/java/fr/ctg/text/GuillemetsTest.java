package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GuillemetsTest {

    @Test
    void putsNoBreakSpacesInsideTheGuillemets() {
        assertEquals("«\u00a0la Caf\u00a0»", Guillemets.quote("la Caf"));
        assertEquals("«\u00a0la CCPFML\u00a0»", Guillemets.quote(" la CCPFML "));
    }
}
