package fr.ctg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.cli.CodesTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code the engine can report is asserted somewhere with its line and column: in a test
 * ({@code "4:7: erreur[CTG-AVENANT-SIGNATURE]: …"}) or in the expected diagnostics of an example ({@code attendu.txt}).
 */
class EveryCodeIsAssertedTest {

    private static final List<Path> WHERE_TESTS_ASSERT = List.of(Path.of("src/test/java"), Path.of("src/test/resources"),
            Path.of("../examples/invalides"));

    @Test
    void everyCodeIsAssertedWithItsPosition() throws IOException {
        StringBuilder assertions = new StringBuilder();
        for (Path folder : WHERE_TESTS_ASSERT) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".txt")).toList()) {
                    assertions.append(Files.readString(file)).append('\n');
                }
            }
        }
        List<String> unasserted = CodesTable.ofEngine().rows().stream().map(CodesTable.Row::code)
                .filter(code -> !Pattern.compile("\\d+:\\d+:? (?:(?:erreur|avertissement)\\[)?" + Pattern.quote(code) + "[] ]")
                        .matcher(assertions).find())
                .toList();

        assertEquals(List.of(), unasserted, "aucun test n’affirme ces codes avec leur ligne et leur colonne");
    }
}
