package fr.ctg.diagnostic;

import java.nio.file.Path;

/**
 * A stretch of a source file, from its first character to just after its last; lines and columns count
 * from 1. A point (nothing underlined but one character) ends where it starts.
 */
public record Position(Path file, int line, int column, int endLine, int endColumn) {

    public Position {
        if (endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("fin " + endLine + ":" + endColumn + " avant le début " + line + ":" + column);
        }
    }

    /** A point: one place, no extent. */
    public Position(Path file, int line, int column) {
        this(file, line, column, line, column);
    }

    public boolean isPoint() {
        return endLine == line && endColumn == column;
    }

    /** The form editors read: {@code file:line:column}, the start only. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
