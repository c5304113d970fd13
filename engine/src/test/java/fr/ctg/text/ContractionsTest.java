package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContractionsTest {

    @Test
    void contractsDeWithLeAndLes() {
        assertEquals("du Département", Contractions.de("le Département"));
        assertEquals("des communes", Contractions.de("les communes"));
        assertEquals("du Mans", Contractions.de("Le Mans"));
    }

    @Test
    void keepsDeBeforeLaAndLApostrophe() {
        assertEquals("de la Caf", Contractions.de("la Caf"));
        assertEquals("de l’État", Contractions.de("l’État"));
        assertEquals("de l'Etat", Contractions.de("l'Etat"));
    }

    @Test
    void elidesDeBeforeAVowelOnly() {
        assertEquals("de Forcalquier", Contractions.de("Forcalquier"));
        assertEquals("d’Allos", Contractions.de("Allos"));
        assertEquals("de Haute-Provence", Contractions.de("Haute-Provence"));
        assertEquals("de leurs partenaires", Contractions.de("leurs partenaires"));
    }
}
