package fr.ctg.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrenchHyphenatorTest {

    /** The text with "-" at each break point the hyphenator gives. */
    private static String points(String text) {
        return new FrenchHyphenator().hyphenateText(text).replace(FrenchHyphenator.SOFT_HYPHEN, '-');
    }

    @Test
    void breaksFrenchWordsWhereTheTexPatternsSay() {
        // hyph-fr has ".con4": never "con-" at the start of a word.
        assertEquals("conven-tion", points("convention"));
        assertEquals("ter-ri-to-riale", points("territoriale"));
        assertEquals("ad-mi-nis-tra-ti-ve-ment", points("administrativement"));
        assertEquals("ac-com-pa-gne-ment de la pa-ren-ta-lité", points("accompagnement de la parentalité"));
        assertEquals("dé-ve-lop-pe-ment", points("développement"));
        assertEquals("in-ter-com-mu-na-lité", points("intercommunalité"));
    }

    @Test
    void leavesTwoLettersBeforeAndThreeAfterABreak() {
        // The patterns alone would also allow "a-vance", "glo-ba-le" or "fa-mi-li-ales".
        assertEquals("glo-bale", points("globale"));
        assertEquals("fa-mi-liales", points("familiales"));
        assertArrayEquals(new int[0], FrenchHyphenator.breakPoints("avance"));
        assertEquals("caf", points("caf"));
    }

    @Test
    void neverBreaksNextToAnApostrophe() {
        assertEquals("l’avance", points("l’avance"));
        assertEquals("l'avance", points("l'avance"));
        assertEquals("d’ac-com-pa-gne-ment", points("d’accompagnement"));
        assertEquals("au-jourd’hui", points("aujourd’hui"));
    }

    @Test
    void leavesAcronymsProperNounsNumbersAndAddressesWhole() {
        assertEquals("CCPFML", points("CCPFML"));
        assertEquals("Forcalquier", points("Forcalquier"));
        assertEquals("2022", points("2022"));
        assertEquals("2022-2024", points("2022-2024"));
        assertEquals("L.1111-2", points("L.1111-2"));
        assertEquals("1er jan-vier", points("1er janvier"));
        // Dates and amounts are written with no-break spaces, which keep the whole of them on one line.
        assertEquals("le 6\u00A0décembre\u00A02022 ter-ri-to-riale", points("le 6\u00A0décembre\u00A02022 territoriale"));
        assertEquals("1\u202F250\u00A0euros", points("1\u202F250\u00A0euros"));
        assertEquals("https://www.caf.fr/allocataires", points("https://www.caf.fr/allocataires"));
        assertEquals("www.caf.fr", points("www.caf.fr"));
        assertEquals("contact.familles@caf.fr", points("contact.familles@caf.fr"));
    }

    @Test
    void breaksACompoundWordAtItsHyphenOnly() {
        assertEquals("porte-parole", points("porte-parole"));
        assertEquals("Haute-Provence", points("Haute-Provence"));
        assertEquals("Saint-Etienne", points("Saint-Etienne"));
    }

    @Test
    void keepsSpacesPunctuationAndAnAlreadyHyphenatedText() {
        assertEquals("« ter-ri-to-riale », (glo-bale)\u00A0!", points("« territoriale », (globale)\u00A0!"));
        String manual = "terri\u00ADtoriale globale";
        assertEquals(manual, new FrenchHyphenator().hyphenateText(manual));
        FrenchHyphenator hyphenator = new FrenchHyphenator();
        String once = hyphenator.hyphenateText("les partenariats territoriaux");
        assertEquals(once, hyphenator.hyphenateText(once));
    }
}
