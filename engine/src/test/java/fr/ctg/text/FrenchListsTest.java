package fr.ctg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrenchListsTest {

    @Test
    void joinsWithCommasAndEtBeforeTheLastItem() {
        assertEquals("", FrenchLists.join(List.of()));
        assertEquals("la Caf", FrenchLists.join(List.of("la Caf")));
        assertEquals("la Caf et la Msa", FrenchLists.join(List.of("la Caf", "la Msa")));
        assertEquals("la Caf, la Msa et les communes", FrenchLists.join(List.of("la Caf", "la Msa", "les communes")));
    }
}
