package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPathsTest {

    @TempDir
    Path dir;

    @Test
    void givesTheFilesBelowTheFolderRelativeToItHoweverTheyWereTyped() {
        ReportPaths paths = new ReportPaths(dir);

        assertEquals("conventions/x/convention.yaml", paths.of(dir.resolve("conventions/x/convention.yaml")));
        assertEquals("conventions/x/avenants/avenant-01.yaml", paths.of(dir.resolve("conventions/y/../x/avenants/avenant-01.yaml")));
    }

    @Test
    void givesTheFilesElsewhereAbsolute() {
        ReportPaths paths = new ReportPaths(dir.resolve("depot"));

        assertEquals(dir + "/ailleurs/convention.yaml", paths.of(dir.resolve("depot/../ailleurs/convention.yaml")));
        assertEquals(dir.toUri() + "ailleurs/convention.yaml", paths.uri(dir.resolve("ailleurs/convention.yaml")));
    }

    @Test
    void encodesSpacesAndAccentsInUris() {
        ReportPaths paths = new ReportPaths(dir);

        assertEquals("conventions/Val%20d%E2%80%99%C3%89vre/convention.yaml", paths.uri(dir.resolve("conventions/Val d’Évre/convention.yaml")));
    }
}
