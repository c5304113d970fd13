package fr.ctg.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the minimal convention, in a folder named after its id, that a test edits as a user would. */
final class PreviewFolder {

    private static final Path MINIMALE = Path.of("../examples/minimale/convention.yaml");

    private PreviewFolder() {
    }

    /** @return {@code <parent>/minimale/convention.yaml} */
    static Path minimal(Path parent) throws IOException {
        Path file = parent.resolve("minimale").resolve("convention.yaml");
        Files.createDirectories(file.getParent());
        return Files.copy(MINIMALE, file);
    }

    /** Saves the file with one passage replaced, as an editor would. */
    static void edit(Path file, String passage, String replacement) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(passage), "passage absent de " + file + " : " + passage);
        Files.writeString(file, text.replace(passage, replacement));
    }
}
