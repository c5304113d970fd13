package fr.ctg.style;

import fr.ctg.diagnostic.InputOutputFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One face of a Caf's own font, {@code polices/<Famille>-<Face>.ttf} in the {@code style} folder, read once and
 * checked as the PDF/A will use it: a file of that folder, of at most {@value #MAX_BYTES} bytes, a TrueType font
 * whose every glyph reads, with a Unicode character map, whose licence lets a document embed it. Either the bytes,
 * or that there is no such file, or why they cannot be used.
 */
final class FontFile {

    static final long MAX_BYTES = 10_000_000;
    private static final byte[] CFF_OUTLINES = {'O', 'T', 'T', 'O'};
    private static final String DELIVERED = "déposez le fichier .ttf tel que le fournisseur de la police l’a livré";

    /** What reading gave: {@link Face}, {@link Absent} or {@link Problem}. */
    sealed interface Read permits Face, Absent, Problem {
    }

    record Face(byte[] bytes) implements Read {
    }

    record Absent() implements Read {
    }

    record Problem(String message, String hint) implements Read {
    }

    private FontFile() {
    }

    /**
     * @param name the file's path in the style folder, as messages give it: {@code polices/Marianne-Regular.ttf}
     */
    static Read read(Path styleFolder, String name) {
        Path file = styleFolder.resolve(name);
        if (!Files.exists(file)) {
            return new Absent();
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(styleFolder.toRealPath()) || !Files.isRegularFile(real)) {
                return new Problem("« " + name + " » n’est pas un fichier du dossier style", "remplacez le lien ou le dossier par une copie du fichier de la police");
            }
            if (Files.size(real) > MAX_BYTES) {
                return new Problem("« " + name + " » pèse plus que les " + MAX_BYTES / 1_000_000 + " Mo permis pour une police",
                        "une police de texte pèse d’ordinaire moins de 1 Mo : demandez au fournisseur le fichier de la police pour l’alphabet latin seul");
            }
            return check(Files.readAllBytes(real), name);
        } catch (IOException e) {
            return new Problem("« " + name + " » ne peut pas être lu (" + InputOutputFailure.describe(e) + ")", "vérifiez les droits du fichier");
        }
    }

    private static Read check(byte[] bytes, String name) {
        if (bytes.length >= CFF_OUTLINES.length && Arrays.equals(bytes, 0, CFF_OUTLINES.length, CFF_OUTLINES, 0, CFF_OUTLINES.length)) {
            return new Problem("« " + name + " » est une police OpenType à contours PostScript (CFF), que le PDF ne sait pas embarquer",
                    "demandez au fournisseur la version TrueType de la police (fichier .ttf à contours TrueType)");
        }
        int fsType;
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            if (font.getUnicodeCmapLookup(false) == null) {
                return new Problem("« " + name + " » n’a pas de table de caractères Unicode", DELIVERED);
            }
            for (int glyph = 0; glyph < font.getNumberOfGlyphs(); glyph++) {
                font.getGlyph().getGlyph(glyph);
            }
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            fsType = os2 == null ? 0 : os2.getFsType();
        } catch (IOException | RuntimeException e) {
            return new Problem("« " + name + " » n’est pas une police TrueType lisible (fichier tronqué, ou d’un autre format renommé en .ttf)", DELIVERED);
        }
        if ((fsType & 0x000F) == OS2WindowsMetricsTable.FSTYPE_RESTRICTED || (fsType & OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0) {
            return new Problem("la licence de « " + name + " » interdit de l’embarquer dans un document (OS/2 fsType " + String.format("0x%04X", fsType) + ")",
                    "le PDF/A embarque chaque police qu’il emploie : demandez au fournisseur une licence qui permet l’embarquement"
                            + " (« installable », « modifiable » ou « aperçu et impression »), ou choisissez Liberation Serif ou Liberation Sans");
        }
        return new Face(bytes);
    }
}
