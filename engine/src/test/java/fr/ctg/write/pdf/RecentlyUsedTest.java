package fr.ctg.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentlyUsedTest {

    @Test
    void keepsOnlyTheEntriesUsedLast() {
        Map<String, Integer> kept = new RecentlyUsed<>(2);
        kept.put("caf04", 4);
        kept.put("caf05", 5);
        kept.get("caf04");
        kept.put("caf06", 6);

        assertEquals(List.of("caf04", "caf06"), List.copyOf(kept.keySet()));
    }
}
