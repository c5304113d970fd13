package fr.ctg.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dossier;

    @Test
    void remplace_le_fichier_sans_laisser_de_fichier_temporaire() throws IOException {
        Path cible = dossier.resolve("sortie/convention.pdf");
        AtomicOutput.write(cible, new byte[] {1, 2, 3});
        AtomicOutput.write(cible, new byte[] {4, 5});

        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(cible));
        try (Stream<Path> fichiers = Files.list(cible.getParent())) {
            assertEquals(1, fichiers.count());
        }
    }
}
