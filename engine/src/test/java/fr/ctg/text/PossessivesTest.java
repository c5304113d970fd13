package fr.ctg.text;

import static fr.ctg.model.Genre.FEMININ;
import static fr.ctg.model.Genre.MASCULIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PossessivesTest {

    @Test
    void takesSaBeforeAFeminineNounAndSonOtherwise() {
        assertEquals("son Président", Possessives.withNoun(MASCULIN, "Président"));
        assertEquals("sa Présidente", Possessives.withNoun(FEMININ, "Présidente"));
        assertEquals("son Maire", Possessives.withNoun(MASCULIN, "Maire"));
    }

    @Test
    void takesSonBeforeAFeminineNounStartingWithAVowel() {
        assertEquals("son Adjointe", Possessives.withNoun(FEMININ, "Adjointe"));
        assertEquals("son Élue", Possessives.withNoun(FEMININ, "Élue"));
    }
}
