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
    private final Map<YamlPath, Position> positions = new HashMap<>();
    private final Map<YamlPath, String> rawTexts = new HashMap<>();

    public SourceMap(Path file) {
        this.file = file;
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

    /** The scalar exactly as written at this path, before any conversion; null for a mapping or a list. */
    public String rawText(YamlPath path) {
        return rawTexts.get(path);
    }
}
