package fr.ctg.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What tells that a file was written again: its identity on disk (the inode a rename brings) and its date. */
public final class FileStates {

    private FileStates() {
    }

    /** Each regular file below {@code folder}, by its path from it. */
    public static Map<Path, String> below(Path folder) throws IOException {
        Map<Path, String> states = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                states.put(folder.relativize(file), attributes.fileKey() + " " + attributes.lastModifiedTime());
            }
        }
        return states;
    }
}
