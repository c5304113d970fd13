package fr.ctg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.UnreadableInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each folder of examples/invalides holds a convention with one defect and, in {@code attendu.txt}, the
 * exact diagnostics it must produce, one per line, as {@link Diagnostic#oneLine()} writes them with the
 * path relative to the repository.
 */
class ExemplesInvalidesTest {

    private static final Path DEPOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path EXEMPLES = DEPOT.resolve("examples/invalides");
    private static final int MINIMUM_DE_CAS = 25;

    @Test
    void thereAreEnoughInvalidExamples() throws IOException {
        assertTrue(cas().size() >= MINIMUM_DE_CAS, "seulement " + cas().size() + " exemples invalides, au moins " + MINIMUM_DE_CAS + " attendus");
    }

    @TestFactory
    Stream<DynamicTest> eachInvalidExampleGivesExactlyItsExpectedDiagnostics() throws IOException {
        return cas().stream().map(dossier -> DynamicTest.dynamicTest(dossier.getFileName().toString(), () -> {
            Path attendu = dossier.resolve("attendu.txt");
            assertTrue(Files.isRegularFile(attendu), "il manque " + DEPOT.relativize(attendu));
            List<String> attendus = Files.readAllLines(attendu);
            assertFalse(attendus.isEmpty(), DEPOT.relativize(attendu) + " est vide : un exemple invalide a au moins un diagnostic");
            assertEquals(String.join("\n", attendus), String.join("\n", diagnostics(dossier.resolve("convention.yaml"))));
        }));
    }

    private static List<Path> cas() throws IOException {
        try (Stream<Path> dossiers = Files.list(EXEMPLES)) {
            return dossiers.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<String> diagnostics(Path file) throws UnreadableInputException {
        return new Validator().validate(new ConventionLoader().load(file)).stream()
                .map(d -> new Diagnostic(d.severity(), d.code(), relative(d.position()), d.message(), d.hint()).oneLine())
                .toList();
    }

    private static Position relative(Position position) {
        return new Position(DEPOT.relativize(position.file()), position.line(), position.column());
    }
}
