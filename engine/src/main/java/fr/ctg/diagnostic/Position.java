package fr.ctg.diagnostic;

import java.nio.file.Path;

/** A place in a source file; line and column count from 1. */
public record Position(Path fichier, int ligne, int colonne) {

    @Override
    public String toString() {
        return fichier + ":" + ligne + ":" + colonne;
    }
}
