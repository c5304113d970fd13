package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralsTest {

    @Test
    void agreesTheWordsOfABodyBeforeItsPreposition() {
        assertEquals("conseils municipaux", Plurals.of("conseil municipal"));
        assertEquals("comités syndicaux", Plurals.of("comité syndical"));
        assertEquals("commissions permanentes", Plurals.of("commission permanente"));
        assertEquals("conseils d’administration", Plurals.of("conseil d’administration"));
        assertEquals("bureaux", Plurals.of("bureau"));
    }

    @Test
    void leavesWhatFollowsThePrepositionOfAnOfficeAsWritten() {
        assertEquals("maires", Plurals.of("maires"));
        assertEquals("Adjoints au Maire", Plurals.of("Adjoint au Maire"));
        assertEquals("Présidents du Conseil d’Administration", Plurals.of("Président du Conseil d’Administration"));
    }
}
