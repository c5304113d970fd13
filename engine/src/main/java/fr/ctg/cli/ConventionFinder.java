package fr.ctg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
     * reading it reports the problem. A file designated twice (the same path given 10 000 times, a folder and a
     * file in it) is kept once, where it first appears.
     */
    static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
            } else if (isFile(path.resolve(FILE_NAME))) {
                files.add(path.resolve(FILE_NAME));
            } else {
                try (Stream<Path> tree = Files.walk(path, SEARCH_DEPTH)) {
                    tree.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(FILE_NAME))
                            .filter(ConventionFinder::isFile)
                            .filter(p -> !isHidden(path.relativize(p)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Set<Path> seen = new HashSet<>();
        return files.stream().filter(file -> seen.add(file.toAbsolutePath().normalize())).toList();
    }

    /**
     * Anything but a folder, a device or a named pipe too: reading it says it is not an ordinary file, where leaving
     * it out said that the folder had no convention.yaml.
     */
    private static boolean isFile(Path path) {
        return Files.exists(path) && !Files.isDirectory(path);
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

    /**
     * The files {@link #find} designates, or none after saying so on {@code errors}. A path holding a line break or
     * another control character is left out, said with the character shown as an escape: printed as it is, it would
     * forge lines of the reports.
     */
    static List<Path> findOrReport(List<Path> paths, PrintWriter errors) {
        List<Path> files = new ArrayList<>();
        for (Path file : find(paths)) {
            if (hasControlCharacter(file.toString())) {
                errors.println("ctg : " + escaped(file.toString()) + " est ignoré : son chemin contient un caractère de contrôle"
                        + " (retour à la ligne, tabulation…) ; renommez le dossier ou le fichier");
            } else {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            errors.println("ctg : aucun fichier " + FILE_NAME + " trouvé dans " + escaped(paths.toString()));
        }
        return files;
    }

    private static boolean hasControlCharacter(String text) {
        return text.codePoints().anyMatch(ConventionFinder::isControl);
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
    }

    /** The text with each control character written {@code \\uXXXX}. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
