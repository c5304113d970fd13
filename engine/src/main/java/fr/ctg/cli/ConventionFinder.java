package fr.ctg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths given on the command line into the convention files they designate. */
final class ConventionFinder {

    static final String FILE_NAME = "convention.yaml";
    private static final int PROFONDEUR = 4;

    private ConventionFinder() {
    }

    /**
     * A file stands for itself; a folder for its own {@code convention.yaml} if it has one, else for every
     * {@code *&#47;convention.yaml} below it, in name order. A path that does not exist is kept, so that
     * reading it reports the problem.
     */
    static List<Path> find(List<Path> chemins) {
        List<Path> fichiers = new ArrayList<>();
        for (Path chemin : chemins) {
            if (!Files.isDirectory(chemin)) {
                fichiers.add(chemin);
            } else if (Files.isRegularFile(chemin.resolve(FILE_NAME))) {
                fichiers.add(chemin.resolve(FILE_NAME));
            } else {
                try (Stream<Path> arbre = Files.walk(chemin, PROFONDEUR)) {
                    arbre.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(FILE_NAME))
                            .filter(Files::isRegularFile)
                            .filter(p -> !estCache(chemin.relativize(p)))
                            .sorted()
                            .forEach(fichiers::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return fichiers;
    }

    private static boolean estCache(Path relatif) {
        for (Path partie : relatif) {
            if (partie.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
