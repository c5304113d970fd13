package fr.ctg.text;

import fr.ctg.model.Genre;

/** Ordinal numbers the French way, abbreviated: 1er, 1re, 2e, 21e. */
public final class Ordinals {

    private Ordinals() {
    }

    /** @param rank counting from 1 */
    public static String abbreviated(int rank, Genre genre) {
        if (rank < 1) {
            throw new IllegalArgumentException("rang inférieur à 1 : " + rank);
        }
        if (rank == 1) {
            return genre == Genre.FEMININ ? "1re" : "1er";
        }
        return rank + "e";
    }
}
