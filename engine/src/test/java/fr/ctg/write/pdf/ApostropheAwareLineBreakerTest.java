package fr.ctg.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApostropheAwareLineBreakerTest {

    private static List<Integer> breaks(String text) {
        ApostropheAwareLineBreaker breaker = new ApostropheAwareLineBreaker();
        breaker.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int boundary = breaker.next(); boundary != -1; boundary = breaker.next()) {
            found.add(boundary);
        }
        return found;
    }

    @Test
    void neverBreaksRightAfterATypographicApostrophe() {
        // Java's line breaker alone gives 5 7 14 16 24 27: after "l’", "d’" and "aujourd’" too.
        assertEquals(List.of(5, 14, 27), breaks("voir l’avance d’aujourd’hui"));
    }

    @Test
    void stillBreaksBetweenWords() {
        assertEquals(List.of(4, 8, 12), breaks("les Caf sont"));
    }
}
