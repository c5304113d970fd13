package fr.ctg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the repository's Forcalquier folder, its avenant included, that a test may change. */
public final class ForcalquierFolder {

    private static final Path REPOSITORY_COPY = Path.of("../conventions/forcalquier-2022-2024");

    private ForcalquierFolder() {
    }

    /** @return {@code <parent>/forcalquier-2022-2024}, holding {@code convention.yaml} and {@code avenants/avenant-01.yaml} */
    public static Path copyInto(Path parent) throws IOException {
        Path copy = parent.resolve("forcalquier-2022-2024");
        Files.createDirectories(copy.resolve("avenants"));
        Files.copy(REPOSITORY_COPY.resolve("convention.yaml"), copy.resolve("convention.yaml"));
        Files.copy(REPOSITORY_COPY.resolve("avenants/avenant-01.yaml"), copy.resolve("avenants/avenant-01.yaml"));
        return copy;
    }
}
