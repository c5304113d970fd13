package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionFinderTest {

    @TempDir
    Path dir;

    /** Left out, it made « aucun fichier convention.yaml trouvé »; kept, reading it says it is not an ordinary file. */
    @Test
    void aConventionYamlThatIsADeviceIsKeptForTheReadingToRefuse() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ailleurs"));
        Files.createSymbolicLink(folder.resolve("convention.yaml"), Path.of("/dev/zero"));
        Path below = Files.createDirectories(dir.resolve("lot/une"));
        Files.createSymbolicLink(below.resolve("convention.yaml"), Path.of("/dev/zero"));

        assertEquals(List.of(folder.resolve("convention.yaml"), below.resolve("convention.yaml")),
                ConventionFinder.find(List.of(folder, dir.resolve("lot"))));
    }

    @Test
    void aFolderNamedConventionYamlIsNotAConvention() throws Exception {
        Files.createDirectories(dir.resolve("lot/une/convention.yaml"));

        assertEquals(List.of(), ConventionFinder.find(List.of(dir.resolve("lot"))));
    }
}
