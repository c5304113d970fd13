package fr.ctg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {

    @TempDir
    Path temp;

    @Test
    void aDeviceIsRefusedWithoutBeingRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "pas de /dev/zero sur cette machine");

        UnreadableInputException refused = assertThrows(UnreadableInputException.class, () -> SourceFile.read(zero));

        assertEquals("/dev/zero n’est pas un fichier ordinaire (périphérique, tube ou socket) : donnez le chemin d’un fichier YAML",
                refused.getMessage());
    }

    @Test
    void aNamedPipeIsRefusedAtOnceRatherThanWaitedFor() throws Exception {
        Path fifo = temp.resolve("convention.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo indisponible");

        UnreadableInputException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(UnreadableInputException.class, () -> SourceFile.read(fifo)));

        assertTrue(refused.getMessage().endsWith("convention.yaml n’est pas un fichier ordinaire (périphérique, tube ou socket) :"
                + " donnez le chemin d’un fichier YAML"), refused.getMessage());
    }

    @Test
    void aFileOverTheLimitIsNotKeptInMemory() throws Exception {
        Path large = Files.write(temp.resolve("grand.yaml"), new byte[(int) YamlReader.MAX_SIZE_BYTES + 10]);

        SourceFile source = SourceFile.read(large);

        assertTrue(source.isTooLarge());
        assertEquals(0, source.bytes().length);
    }
}
