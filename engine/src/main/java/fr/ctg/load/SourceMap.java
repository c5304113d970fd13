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
    private final Map<String, String> textesBruts = new HashMap<>();

    public SourceMap(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    void record(String chemin, Position position, String rawText) {
        positions.put(chemin, position);
        if (rawText != null) {
            textesBruts.put(chemin, rawText);
        }
    }

    /** The position of the value at this path, or of its nearest enclosing value that has one. */
    public Position position(String chemin) {
        String courant = chemin;
        while (true) {
            Position position = positions.get(courant);
            if (position != null) {
                return position;
            }
            int coupure = Math.max(courant.lastIndexOf('.'), courant.lastIndexOf('['));
            if (coupure <= 0) {
                return positions.getOrDefault("", new Position(file, 1, 1));
            }
            courant = courant.substring(0, coupure);
        }
    }

    /** The scalar exactly as written at this path, before any conversion; null for a mapping or a list. */
    public String rawText(String chemin) {
        return textesBruts.get(chemin);
    }
}
