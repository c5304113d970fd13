package fr.ctg.cli;

import fr.ctg.compose.TemplateFiles;
import fr.ctg.load.SourceFile;
import fr.ctg.load.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of the files diagnostics point into: the convention sets' own sources as the pipeline read them, and
 * templates, each read once. A national template is named by its path
 * in the repository ({@code templates/convention.ftlx}); away from the repository it is read from the engine's jar.
 * A file too large, binary or unreadable has no lines: its diagnostics are shown without excerpt.
 */
public final class SourceLines {

    private final Map<Path, List<String>> linesByFile = new HashMap<>();

    /** A file already read: its lines are taken from its bytes, not from the disk, which may have changed since. */
    public void add(SourceFile source) {
        linesByFile.computeIfAbsent(source.path(), path -> lines(source.bytes()));
    }

    public List<String> lines(Path file) {
        return linesByFile.computeIfAbsent(file, SourceLines::read);
    }

    private static List<String> read(Path file) {
        try {
            if (!Files.exists(file) && TemplateFiles.isNational(file)) {
                return packaged(file);
            }
            if (Files.size(file) > YamlReader.MAX_SIZE_BYTES) {
                return List.of();
            }
            return lines(Files.readAllBytes(file));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> packaged(Path template) throws IOException {
        try (InputStream in = SourceLines.class.getClassLoader().getResourceAsStream(TemplateFiles.resourceName(template))) {
            return in == null ? List.of() : lines(in.readAllBytes());
        }
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\0') >= 0 ? List.of() : text.lines().toList();
    }
}
