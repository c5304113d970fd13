package fr.ctg.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Distinct valid conventions written from the minimal one, each in a folder named after its id. */
final class MinimalConventions {

    private MinimalConventions() {
    }

    static Path write(Path root, String id, String territory) {
        return write(root, id, territory, "statut: a_signer", "statut: a_signer");
    }

    /** The same, changed in one more place (e.g. to make it invalid). */
    static Path write(Path root, String id, String territory, String passage, String replacement) {
        try (InputStream in = MinimalConventions.class.getResourceAsStream("/fr/ctg/load/minimale.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String changed = text.replaceFirst("(?m)^id: minimale$", "id: " + id)
                    .replace("Val d’Exemple", territory)
                    .replace(passage, replacement);
            Path file = root.resolve(id).resolve("convention.yaml");
            Files.createDirectories(file.getParent());
            return Files.writeString(file, changed, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
