package fr.ctg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.validate.Validator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every hostile case gives exactly the diagnostics its {@code attendu.txt} lists: code, line, column and message. */
class HostileCorpusTest {

    private static final int MINIMUM_CASES = 100;

    @Test
    void theCorpusHasAtLeastAHundredCases() {
        assertTrue(HostileCase.all().size() >= MINIMUM_CASES, HostileCase.all().size() + " cas seulement");
    }

    @Test
    void literalTextsOnlyComeWithValidConventions() {
        for (HostileCase hostile : HostileCase.all()) {
            if (!hostile.literalTexts().isEmpty()) {
                assertEquals(List.of(), hostile.expectedDiagnostics(), hostile.name());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> eachCaseGivesExactlyItsExpectedDiagnostics() {
        return HostileCase.all().stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(),
                () -> assertEquals(String.join("\n", hostile.expectedDiagnostics()), String.join("\n", diagnostics(hostile)))));
    }

    /** As {@link Diagnostic#oneLine()} writes them, the file named relative to the case's folder. */
    static List<String> diagnostics(HostileCase hostile) throws UnreadableInputException {
        return new Validator().validate(new ConventionLoader().load(hostile.convention())).stream()
                .map(d -> new Diagnostic(d.severity(), d.code(), relative(hostile, d.position()), d.message(), d.hint()).oneLine())
                .toList();
    }

    private static Position relative(HostileCase hostile, Position position) {
        return new Position(hostile.folder().relativize(position.file()), position.line(), position.column());
    }
}
