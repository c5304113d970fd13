package fr.ctg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class YamlPathTest {

    private static final YamlPath NOM = YamlPath.root().field("parties").index(1).field("representants").index(0).field("nom");

    @Test
    void writesItselfTheWayTheDocumentIsWalked() {
        assertEquals("parties[1].representants[0].nom", NOM.toString());
        assertEquals("", YamlPath.root().toString());
    }

    @Test
    void isEqualToTheSamePathBuiltAgain() {
        assertEquals(YamlPath.root().field("parties").index(1).field("representants").index(0).field("nom"), NOM);
        assertEquals(NOM.hashCode(), YamlPath.root().field("parties").index(1).field("representants").index(0).field("nom").hashCode());
    }

    @Test
    void knowsItsParentItsLastKeyAndItsLastIndex() {
        YamlPath representant = YamlPath.root().field("parties").index(1).field("representants").index(0);
        assertEquals(representant, NOM.parent());
        assertEquals("representants", representant.lastKey());
        assertEquals(0, representant.lastIndex());
        assertTrue(representant.isIndex());
        assertFalse(NOM.isIndex());
        assertEquals(null, YamlPath.root().parent());
        assertThrows(IllegalStateException.class, NOM::lastIndex);
    }

    @Test
    void refusesANegativeIndex() {
        assertThrows(IllegalArgumentException.class, () -> YamlPath.root().field("parties").index(-1));
    }
}
