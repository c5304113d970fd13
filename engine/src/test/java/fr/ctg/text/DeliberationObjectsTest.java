package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliberationObjectsTest {

    @Test
    void anIntroducedObjetIsWrittenAsItIs() {
        assertEquals("concernant la stratégie de déploiement des Ctg", DeliberationObjects.inVisa("concernant la stratégie de déploiement des Ctg"));
    }

    @Test
    void aTitleIsIntroducedByPortantWithItsFirstLetterLowered() {
        assertEquals("portant approbation de la Convention territoriale globale",
                DeliberationObjects.inVisa("Approbation de la Convention territoriale globale"));
        assertEquals("portant élection des membres du comité", DeliberationObjects.inVisa("Élection des membres du comité"));
    }

    @Test
    void aCapitalisedIntroductionIsOnlyLowered() {
        assertEquals("concernant la stratégie de déploiement des Ctg", DeliberationObjects.inVisa("Concernant la stratégie de déploiement des Ctg"));
        assertEquals("portant approbation de la CTG", DeliberationObjects.inVisa("Portant approbation de la CTG"));
    }

    @Test
    void aTitleThatStartsWithAnAcronymKeepsIt() {
        assertEquals("portant CTG 2024-2028 : approbation", DeliberationObjects.inVisa("CTG 2024-2028 : approbation"));
    }

    @Test
    void aSentenceIsToldByItsFirstWordOrItsFullStop() {
        assertEquals(Optional.of("commence par « Approuve », comme une phrase"), DeliberationObjects.sentenceLike("Approuve la convention"));
        assertEquals(Optional.of("commence par « L’ », comme une phrase"), DeliberationObjects.sentenceLike("L’assemblée approuve"));
        assertEquals(Optional.of("se termine par un point, comme une phrase"), DeliberationObjects.sentenceLike("Approbation de la CTG."));
        assertEquals(Optional.empty(), DeliberationObjects.sentenceLike("Approbation de la CTG…"));
        assertEquals(Optional.empty(), DeliberationObjects.sentenceLike("portant approbation de la CTG"));
    }
}
