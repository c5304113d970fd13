package fr.ctg.generate.fingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Named values, one a line (a file and its {@link ContentCheck}, the engine's version…), reduced to one SHA-256: the text is small,
 * hashing it costs nothing.
 */
final class Manifest {

    private final StringBuilder text = new StringBuilder();

    Manifest line(String name, String value) {
        text.append(name).append(' ').append(value).append('\n');
        return this;
    }

    /**
     * A line for each regular file of {@code folder} and below, named {@code prefix} then its path from the folder with
     * {@code /} between names, in name order. Hidden files and folders ({@code .git}, {@code .DS_Store}, an editor's
     * {@code .convention.yaml.swp}, the temporaries of a write) are left out: they come and go without being read.
     */
    Manifest files(Path folder, String prefix) throws IOException {
        List<String> lines = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                return !directory.equals(folder) && isHidden(directory) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!isHidden(file) && Files.isRegularFile(file)) {
                    lines.add(prefix + relativeName(folder, file) + ' ' + ContentCheck.of(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        lines.stream().sorted().forEach(line -> text.append(line).append('\n'));
        return this;
    }

    String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est fourni par toute machine Java", e);
        }
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static String relativeName(Path folder, Path file) {
        List<String> names = new ArrayList<>();
        folder.relativize(file).forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }
}
