package fr.ctg.diagnostic;

import java.nio.file.Path;

/** A place in a source file; line and column count from 1. */
public record Position(Path file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
