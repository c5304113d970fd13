package fr.ctg.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the hostile corpus ({@code src/test/resources/hostile/<case>/}): a {@code convention.yaml} that tries
 * to break the engine, {@code attendu.txt} with the exact diagnostics it must give (empty for a valid convention),
 * and, for valid conventions carrying template syntax or markup, {@code litteral.txt}: the texts that must appear
 * as they are written in both documents. The folder is read in place, so that the files a case refers to keep
 * their place beside it.
 */
record HostileCase(Path folder) {

    static final Path CORPUS = Path.of("src/test/resources/hostile").toAbsolutePath();

    static List<HostileCase> all() {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.filter(Files::isDirectory).sorted().map(HostileCase::new).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return folder.getFileName().toString();
    }

    Path convention() {
        return folder.resolve("convention.yaml");
    }

    List<String> expectedDiagnostics() {
        return lines("attendu.txt");
    }

    List<String> literalTexts() {
        return Files.exists(folder.resolve("litteral.txt")) ? lines("litteral.txt") : List.of();
    }

    private List<String> lines(String file) {
        try {
            return Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
