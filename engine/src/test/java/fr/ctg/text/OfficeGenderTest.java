package fr.ctg.text;

import static fr.ctg.model.Genre.FEMININ;
import static fr.ctg.model.Genre.MASCULIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OfficeGenderTest {

    @Test
    void anOfficeHeldByAWomanIsFeminine() {
        assertEquals(FEMININ, OfficeGender.of(FEMININ, "Directrice Générale"));
        assertEquals(FEMININ, OfficeGender.of(FEMININ, "Adjointe au Maire"));
        assertEquals(MASCULIN, OfficeGender.of(MASCULIN, "Président"));
    }

    @Test
    void theEpiceneTitlesStayMasculineAsInTheConventions() {
        assertEquals(MASCULIN, OfficeGender.of(FEMININ, "Maire"));
        assertEquals(MASCULIN, OfficeGender.of(FEMININ, "Secrétaire générale"));
        assertEquals("son Maire", Possessives.withNoun(OfficeGender.of(FEMININ, "Maire"), "Maire"));
        assertEquals("sa Présidente", Possessives.withNoun(OfficeGender.of(FEMININ, "Présidente"), "Présidente"));
    }
}
