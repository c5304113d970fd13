package fr.ctg.avenant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The avenants of a convention: {@code <convention folder>/avenants/avenant-NN.yaml}, in file-name order. */
public final class AvenantFiles {

    public static final String FOLDER = "avenants";
    static final Pattern FILE_NAME = Pattern.compile("avenant-(\\d{2,})\\.yaml");

    private AvenantFiles() {
    }

    /** The avenant files next to this convention file, none when it has no {@code avenants} folder. */
    public static List<Path> of(Path conventionFile) {
        Path folder = conventionFile.toAbsolutePath().getParent().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> FILE_NAME.matcher(f.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "avenant-02.yaml" for the second. */
    public static String fileName(int numero) {
        return String.format("avenant-%02d.yaml", numero);
    }
}
