package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.validate.Reporter;
import fr.ctg.write.pdf.PrintableCharacters;

/**
 * Looks at every text of a convention or of an avenant ({@link ModelTexts}) for a character the PDF would not print as
 * the DOCX does: one that none of its fonts has, printed « # », or one of a script written from right to left, which
 * openhtmltopdf lays out from left to right, its letters unjoined. One warning a text, at the first such character;
 * past {@value #REPORTED_TEXTS} texts, one more warning counts the others, so that a file full of them stays quick to
 * check. The rules {@link CaracteresImprimables} and {@code CaracteresImprimablesAvenant} report with it.
 */
public final class PdfCharacters {

    static final int REPORTED_TEXTS = 20;

    private final PrintableCharacters printable;

    /** Judged against the fonts shipped with the engine. */
    public PdfCharacters() {
        this(PrintableCharacters.ofProjectFonts());
    }

    /** Judged against these fonts: a Caf's own, when its house style names them. */
    public PdfCharacters(PrintableCharacters printable) {
        this.printable = printable;
    }

    /** The warnings of the texts of {@code document}, its lists and records included. */
    public void check(Record document, Reporter rapport) {
        int[] found = {0};
        YamlPath[] firstUnreported = {null};
        ModelTexts.walk(document, YamlPath.root(), (texte, chemin, obligatoire) -> {
            int index = firstMisprinted(texte);
            if (index < 0) {
                return;
            }
            found[0]++;
            if (found[0] <= REPORTED_TEXTS) {
                report(texte, index, chemin, rapport);
            } else if (firstUnreported[0] == null) {
                firstUnreported[0] = chemin;
            }
        });
        int others = found[0] - REPORTED_TEXTS;
        if (others > 0) {
            rapport.warning(firstUnreported[0], (others == 1 ? "un autre texte contient" : others + " autres textes contiennent")
                    + " des caractères que le PDF n’imprime pas tels qu’ils sont écrits (le premier ici)",
                    "relancez ctg valider après avoir corrigé les textes signalés : il montrera les suivants");
        }
    }

    private int firstMisprinted(String texte) {
        for (int i = 0; i < texte.length(); i += Character.charCount(texte.codePointAt(i))) {
            if (misprinted(texte.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private boolean misprinted(int codePoint) {
        return !printable.prints(codePoint) || rightToLeft(codePoint);
    }

    private void report(String texte, int index, YamlPath chemin, Reporter rapport) {
        int codePoint = texte.codePointAt(index);
        long others = texte.substring(index + Character.charCount(codePoint)).codePoints()
                .filter(this::misprinted).filter(other -> other != codePoint).distinct().count();
        String caractere = "le caractère " + PrintableCharacters.describe(codePoint);
        String ensuite = others == 0 ? "" : others == 1 ? " (et un autre caractère après lui)" : " (et " + others + " autres caractères après lui)";
        String champ = "« " + chemin.lastKey() + " »";
        if (!printable.prints(codePoint)) {
            rapport.warningAtCharacter(chemin, codePoint, champ + " contient " + caractere + ", qu’aucune police du PDF n’a : le PDF imprime « "
                    + PrintableCharacters.REPLACEMENT + " » à sa place, le DOCX le garde" + ensuite,
                    "remplacez-le par un mot ou par un caractère courant, pour que le PDF à signer dise ce que dit le DOCX");
        } else {
            rapport.warningAtCharacter(chemin, codePoint, champ + " contient " + caractere + ", d’une écriture de droite à gauche : le PDF l’imprime de gauche à droite,"
                    + " lettres non liées, le DOCX tel qu’il est écrit" + ensuite,
                    "transcrivez ce texte en lettres latines, ou joignez-le en annexe PDF préparée à part");
        }
    }

    private static boolean rightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
