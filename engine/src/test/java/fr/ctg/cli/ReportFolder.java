package fr.ctg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder below the current one ({@code engine/target/…}), where reports give paths relative to the current folder;
 * deleted on close.
 */
record ReportFolder(Path relative) implements AutoCloseable {

    static ReportFolder create() {
        Path relative = Path.of("target", "rapports-" + UUID.randomUUID());
        try {
            Files.createDirectories(relative);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReportFolder(relative);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> tree = Files.walk(relative)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
