package fr.ctg.load;

import fr.ctg.diagnostic.Position;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a loaded file came from, start and end, by its path in the document:
 * {@code parties[2].representants[0].nom}. The model stays free of positions; rules find them here.
 */
public final class SourceMap {

    private final Path file;
    private final SourceText text;
    private final Map<YamlPath, Position> positions = new HashMap<>();
    private final Map<YamlPath, String> rawTexts = new HashMap<>();

    /** Positions in a file whose text is not at hand: a character is placed at its value ({@link #positionOf}). */
    public SourceMap(Path file) {
        this(file, new byte[0]);
    }

    /** @param bytes the file as the reader read it, to place a character inside its value */
    public SourceMap(Path file, byte[] bytes) {
        this.file = file;
        this.text = new SourceText(bytes);
    }

    public Path file() {
        return file;
    }

    void record(YamlPath path, Position position, String rawText) {
        positions.put(path, position);
        if (rawText != null) {
            rawTexts.put(path, rawText);
        }
    }

    /** The position of the value at this path, or of its nearest enclosing value that has one. */
    public Position position(YamlPath path) {
        for (YamlPath current = path; current != null; current = current.parent()) {
            Position position = positions.get(current);
            if (position != null) {
                return position;
            }
        }
        return new Position(file, 1, 1);
    }

    /**
     * Where this character is first written in the value at this path; the value's position when the value writes it
     * as an escape ({@code "\u2713"}).
     */
    public Position positionOf(YamlPath path, int codePoint) {
        Position value = position(path);
        return text.find(file, value, codePoint).orElse(value);
    }

    /** The scalar exactly as written at this path, before any conversion; null for a mapping or a list. */
    public String rawText(YamlPath path) {
        return rawTexts.get(path);
    }
}
