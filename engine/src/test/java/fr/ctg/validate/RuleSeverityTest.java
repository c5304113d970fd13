package fr.ctg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RuleSeverityTest {

    @Test
    void wordsOneSeverityAsTheReadmeDoes() {
        assertEquals("erreur", RuleSeverity.wording(EnumSet.of(RuleSeverity.ERROR)));
        assertEquals("avertissement", RuleSeverity.wording(EnumSet.of(RuleSeverity.WARNING)));
        assertEquals("avertissement en projet, erreur sinon", RuleSeverity.wording(EnumSet.of(RuleSeverity.ERROR_UNLESS_DRAFT)));
    }

    @Test
    void wordsSeveralAsTheFirstWithTheOthersAsExceptions() {
        assertEquals("erreur ; dans certains cas, avertissement en projet",
                RuleSeverity.wording(EnumSet.of(RuleSeverity.ERROR_UNLESS_DRAFT, RuleSeverity.ERROR)));
        assertEquals("erreur ; dans certains cas, avertissement", RuleSeverity.wording(EnumSet.of(RuleSeverity.WARNING, RuleSeverity.ERROR)));
        assertEquals("avertissement en projet, erreur sinon ; dans certains cas, avertissement",
                RuleSeverity.wording(EnumSet.of(RuleSeverity.WARNING, RuleSeverity.ERROR_UNLESS_DRAFT)));
    }
}
