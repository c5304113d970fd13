package fr.ctg.echeances;

import fr.ctg.load.ConventionLoader;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.validate.ConventionSnippet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Conventions for the tests: the repository's Forcalquier, or the minimal one with a change. */
final class Conventions {

    static final Path FORCALQUIER = Path.of("../conventions/forcalquier-2022-2024/convention.yaml");

    private Conventions() {
    }

    static Convention forcalquier() {
        return load(FORCALQUIER);
    }

    /** Loads the snippet from {@code dossier/minimale/convention.yaml}; it must bind, not necessarily validate. */
    static Convention of(ConventionSnippet snippet, Path folder) {
        try {
            Path file = folder.resolve("minimale/convention.yaml");
            Files.createDirectories(file.getParent());
            Files.writeString(file, snippet.text());
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Convention load(Path file) {
        try {
            return new ConventionLoader().load(file).loadedConvention()
                    .orElseThrow(() -> new IllegalStateException(file + " ne se charge pas"));
        } catch (UnreadableInputException e) {
            throw new IllegalStateException(e);
        }
    }
}
