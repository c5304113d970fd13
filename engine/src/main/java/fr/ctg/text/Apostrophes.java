package fr.ctg.text;

/** The typographic apostrophe (’) in place of the typewriter one ('): "l’avance", "d’objectifs". */
public final class Apostrophes {

    private Apostrophes() {
    }

    public static String typographic(String text) {
        return text.replace('\'', '’');
    }
}
