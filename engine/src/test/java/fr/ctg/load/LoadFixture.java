package fr.ctg.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A valid minimal convention to break in one place, and the loader's diagnostics in one readable line each. */
final class LoadFixture {

    private LoadFixture() {
    }

    static String minimal() {
        try (InputStream in = LoadFixture.class.getResourceAsStream("minimale.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The minimal convention with one passage changed; fails when the passage is not there. */
    static String minimalWith(String passage, String replacement) {
        String text = minimal();
        assertTrue(text.contains(passage), "passage absent de minimale.yaml : " + passage);
        return text.replace(passage, replacement);
    }

    static LoadResult load(Path dir, String yaml) throws UnreadableInputException {
        return load(dir, yaml.getBytes(StandardCharsets.UTF_8));
    }

    static LoadResult load(Path dir, byte[] content) throws UnreadableInputException {
        Path file = dir.resolve("convention.yaml");
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConventionLoader().load(file);
    }

    /** {@code line:column CODE message | hint}, one per diagnostic. */
    static List<String> lines(LoadResult result) {
        return result.diagnostics().stream().map(LoadFixture::line).toList();
    }

    static String line(Diagnostic d) {
        return d.position().line() + ":" + d.position().column() + " " + d.code() + " " + d.message() + " | " + d.hint();
    }
}
