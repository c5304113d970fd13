package fr.ctg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths given on the command line into the convention files they designate. */
final class ConventionFinder {

    static final String FILE_NAME = "convention.yaml";
    private static final int SEARCH_DEPTH = 4;

    private ConventionFinder() {
    }

    /**
     * A file stands for itself; a folder for its own {@code convention.yaml} if it has one, else for every
     * {@code *&#47;convention.yaml} below it, in name order. A path that does not exist is kept, so that
     * reading it reports the problem.
     */
    static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
            } else if (Files.isRegularFile(path.resolve(FILE_NAME))) {
                files.add(path.resolve(FILE_NAME));
            } else {
                try (Stream<Path> tree = Files.walk(path, SEARCH_DEPTH)) {
                    tree.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(FILE_NAME))
                            .filter(Files::isRegularFile)
                            .filter(p -> !isHidden(path.relativize(p)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The convention file of a command that takes one convention: a folder stands for its own {@code convention.yaml}. */
    static Path conventionFile(Path folderOrFile) {
        return Files.isDirectory(folderOrFile) ? folderOrFile.resolve(FILE_NAME) : folderOrFile;
    }

    /** The files {@link #find} designates, or none after saying so on {@code errors}. */
    static List<Path> findOrReport(List<Path> paths, PrintWriter errors) {
        List<Path> files = find(paths);
        if (files.isEmpty()) {
            errors.println("ctg : aucun fichier " + FILE_NAME + " trouvé dans " + paths);
        }
        return files;
    }
}
