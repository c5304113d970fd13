package fr.ctg.fidelite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InOrderCoverageTest {

    @Test
    void countsTheReferenceWordsFoundInOrderAndNamesTheMissingRunsLongestFirst() {
        List<String> reference = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        List<String> candidate = List.of("a", "x", "c", "d", "h", "y");

        InOrderCoverage coverage = InOrderCoverage.of(reference, candidate);

        assertEquals(4, coverage.commonWords());
        assertEquals(0.5, coverage.ratio());
        assertEquals(List.of("3 : b c d [e f g] h", "1 : a [b] c d e"), coverage.longestMissingRuns(2));
    }

    @Test
    void wordsInAnotherOrderCountOnce() {
        InOrderCoverage coverage = InOrderCoverage.of(List.of("un", "deux"), List.of("deux", "un"));

        assertEquals(1, coverage.commonWords());
    }
}
