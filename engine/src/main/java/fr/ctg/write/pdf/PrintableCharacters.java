package fr.ctg.write.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The characters the PDF prints as themselves, in any of its faces (serif or sans, bold, italic): those its
 * Liberation face has or, failing that, its DejaVu Sans fallback ({@link EmbeddedFonts}). openhtmltopdf prints any
 * other character as {@value #REPLACEMENT}; the DOCX keeps it, and Word draws it with whatever font the reader's
 * machine has. Tabs and line breaks are layout, not printed characters.
 */
public final class PrintableCharacters {

    /** What openhtmltopdf prints for a character no font has. */
    public static final String REPLACEMENT = "#";

    private static final class Holder {
        private static final PrintableCharacters PROJECT_FONTS = new PrintableCharacters(new EmbeddedFonts());
    }

    private final BitSet withoutFallback = everyCodePoint();
    private final BitSet printable = everyCodePoint();

    private PrintableCharacters(EmbeddedFonts fonts) {
        for (EmbeddedFonts.FaceWithFallback face : fonts.facesWithFallbacks()) {
            BitSet own = covered(face.face());
            BitSet either = covered(face.fallback());
            either.or(own);
            withoutFallback.and(own);
            printable.and(either);
        }
        withoutFallback.or(layout());
        printable.or(layout());
    }

    private static BitSet everyCodePoint() {
        BitSet all = new BitSet();
        all.set(0, Character.MAX_CODE_POINT + 1);
        return all;
    }

    private static BitSet layout() {
        BitSet layout = new BitSet();
        layout.set('\t');
        layout.set('\n');
        layout.set('\r');
        return layout;
    }

    /** The characters of the project's fonts, read once. */
    public static PrintableCharacters ofProjectFonts() {
        return Holder.PROJECT_FONTS;
    }

    public boolean prints(int codePoint) {
        return printable.get(codePoint);
    }

    /** Whether some character of the text is printed by the fallback font only. */
    boolean needsFallback(String text) {
        return text.codePoints().anyMatch(codePoint -> !withoutFallback.get(codePoint));
    }

    /** The index in the text of the first character the PDF would not print, or -1. */
    public int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!prints(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** « U+1F600 (GRINNING FACE) », as Unicode names it. */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X (%s)", codePoint, name == null ? "non attribué" : name);
    }

    private static BitSet covered(byte[] font) {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = parsed.getUnicodeCmapLookup();
            BitSet covered = new BitSet();
            for (int glyph = 1; glyph < parsed.getNumberOfGlyphs(); glyph++) {
                var codes = cmap.getCharCodes(glyph);
                if (codes != null) {
                    codes.forEach(covered::set);
                }
            }
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
