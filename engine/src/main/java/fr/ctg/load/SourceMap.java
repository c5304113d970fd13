package fr.ctg.load;

import fr.ctg.diagnostic.Position;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a loaded file came from, by its path in the document:
 * {@code parties[2].representants[0].nom}. The model stays free of positions; rules find them here.
 */
public final class SourceMap {

    private final Path file;
    private final Map<String, Position> positions = new HashMap<>();
    private final Map<String, String> rawTexts = new HashMap<>();

    public SourceMap(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    void record(String path, Position position, String rawText) {
        positions.put(path, position);
        if (rawText != null) {
            rawTexts.put(path, rawText);
        }
    }

    /** The position of the value at this path, or of its nearest enclosing value that has one. */
    public Position position(String path) {
        String current = path;
        while (true) {
            Position position = positions.get(current);
            if (position != null) {
                return position;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            if (cut <= 0) {
                return positions.getOrDefault("", new Position(file, 1, 1));
            }
            current = current.substring(0, cut);
        }
    }

    /** The scalar exactly as written at this path, before any conversion; null for a mapping or a list. */
    public String rawText(String path) {
        return rawTexts.get(path);
    }
}
