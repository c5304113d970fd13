package fr.ctg.write.pdf;

import fr.ctg.style.HouseStyle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The characters the PDF prints as themselves, in any of its faces (serif or sans, bold, italic): those its
 * Liberation face (and the Caf's own font, {@link #withCafFaces}) has or, failing that, its DejaVu Sans fallback
 * ({@link EmbeddedFonts}). openhtmltopdf prints any
 * other character as {@value #REPLACEMENT}; the DOCX keeps it, and Word draws it with whatever font the reader's
 * machine has.
 */
public final class PrintableCharacters {

    /** What openhtmltopdf prints for a character no font has. */
    public static final String REPLACEMENT = "#";

    /** Punctuation of French texts beyond Latin Extended-B: ’ ‘ “ ” – — … • € and the thin spaces. */
    private static final String FRENCH_PUNCTUATION = "\u2019\u2018\u201C\u201D\u2013\u2014\u2026\u2022\u20AC\u202F\u2009";

    private static final PrintableCharacters PROJECT_FONTS = new PrintableCharacters();
    private static final int CAF_FACES_KEPT = EmbeddedFonts.CAF_FACES_KEPT;
    private static final Map<String, BitSet> CAF_FACES = new RecentlyUsed<>(CAF_FACES_KEPT);

    /** The fonts' characters, read on the first character outside {@link #common}, once. */
    private static final class Coverage {
        private static final Coverage PROJECT = new Coverage(new EmbeddedFonts());

        private final BitSet withoutFallback = everyCodePoint();
        private final BitSet printable = everyCodePoint();
        private final BitSet regularFallback;
        private final BitSet boldFallback;

        private Coverage(EmbeddedFonts fonts) {
            regularFallback = covered(fonts.fallback(false));
            boldFallback = covered(fonts.fallback(true));
            for (EmbeddedFonts.FaceWithFallback face : fonts.facesWithFallbacks()) {
                BitSet own = covered(face.face());
                BitSet either = (BitSet) (face.fallback() == fonts.fallback(true) ? boldFallback : regularFallback).clone();
                either.or(own);
                withoutFallback.and(own);
                printable.and(either);
            }
        }
    }

    /** For each face of a Caf's own font, its characters and those of the fallback face of its weight. */
    private final List<BitSet> cafFaces;

    private PrintableCharacters() {
        this.cafFaces = List.of();
    }

    private PrintableCharacters(List<HouseStyle.FontFace> faces) {
        this.cafFaces = faces.stream().map(face -> {
            BitSet either = characters(face);
            either.or(face.bold() ? Coverage.PROJECT.boldFallback : Coverage.PROJECT.regularFallback);
            return either;
        }).toList();
    }

    /** The characters of the project's fonts. */
    public static PrintableCharacters ofProjectFonts() {
        return PROJECT_FONTS;
    }

    /** The characters of the project's fonts that the faces of a Caf's own font, or their fallback, also have. */
    public static PrintableCharacters withCafFaces(List<HouseStyle.FontFace> faces) {
        return faces.isEmpty() ? PROJECT_FONTS : new PrintableCharacters(faces);
    }

    public boolean prints(int codePoint) {
        return (common(codePoint) || Coverage.PROJECT.printable.get(codePoint)) && (codePoint < 0x20 || everyCafFaceHas(codePoint));
    }

    /** A loop rather than a stream: the rules ask this of every character of every text. */
    private boolean everyCafFaceHas(int codePoint) {
        for (BitSet characters : cafFaces) {
            if (!characters.get(codePoint)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether some character of the text is printed by the fallback font only, among the Liberation faces and the
     * faces of a Caf's own families, which may lack what every Liberation face has.
     */
    boolean needsFallback(String text, List<HouseStyle.FontFace> cafFaces) {
        List<BitSet> caf = cafFaces.stream().map(PrintableCharacters::characters).toList();
        return text.codePoints().anyMatch(codePoint -> !common(codePoint) && !Coverage.PROJECT.withoutFallback.get(codePoint)
                || codePoint >= 0x20 && caf.stream().anyMatch(characters -> !characters.get(codePoint)));
    }

    /** The characters of a Caf's face, read once for the {@value #CAF_FACES_KEPT} faces used last. */
    private static BitSet characters(HouseStyle.FontFace face) {
        synchronized (CAF_FACES) {
            return (BitSet) CAF_FACES.computeIfAbsent(face.sha256(), digest -> covered(face.data())).clone();
        }
    }

    /**
     * The characters of French texts, which every Liberation face has (a test reads the fonts to check it), and the
     * tabs and line breaks, which are layout: the text of a convention is checked without reading the fonts.
     */
    static boolean common(int codePoint) {
        return codePoint >= 0x20 && codePoint <= 0x7E || codePoint >= 0xA0 && codePoint <= 0x24F
                || codePoint == '\t' || codePoint == '\n' || codePoint == '\r' || FRENCH_PUNCTUATION.indexOf(codePoint) >= 0;
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

    /** Whether every Liberation face has this character, as the fonts themselves say. */
    static boolean inEveryTextFace(int codePoint) {
        return Coverage.PROJECT.withoutFallback.get(codePoint);
    }

    private static BitSet everyCodePoint() {
        BitSet all = new BitSet();
        all.set(0, Character.MAX_CODE_POINT + 1);
        return all;
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
