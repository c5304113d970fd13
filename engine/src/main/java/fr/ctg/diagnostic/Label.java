package fr.ctg.diagnostic;

/**
 * Another place a diagnostic involves, with why it matters there: the first of two parties with the same
 * id, « première déclaration de « cc » ici ».
 *
 * @param note a few words in French
 */
public record Label(Position position, String note) {

    public Label {
        note = QuotedValues.shorten(note);
    }
}
