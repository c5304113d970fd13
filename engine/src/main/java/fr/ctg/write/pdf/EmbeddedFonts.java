package fr.ctg.write.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fr.ctg.style.HouseStyle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts shipped with the project (templates/fonts) and those of a Caf's house style, never the machine's: Liberation 2.x, which has U+202F and the Latin,
 * Greek, Cyrillic and Hebrew letters, for the text; DejaVu Sans, regular and bold, as the fallback for the characters
 * Liberation, or the Caf's font, lacks (check marks, arrows, boxes, Armenian, Georgian...). openhtmltopdf turns to the fallback character
 * by character, after the families the style sheet names, and prints « # » for what neither has
 * ({@link PrintableCharacters}). The fallback is registered only for a document that needs it: openhtmltopdf lays
 * each line out with the ascent and descent of every font it may use, so that the mere presence of DejaVu Sans would
 * move every line of a document by a tenth of a point. Each font is read from the classpath once, and parsed once
 * for each thread, the first time a document's text uses it: the parsed font keeps the tables it has read (glyph
 * widths, character map, outlines) for the next documents. A parsed font is not safe for several threads. The faces of
 * a Caf's own font ({@link HouseStyle.FontFace}) are registered for the documents in its style, and parsed once for
 * each thread too, keyed by their digest: the same file read again for the next convention of the Caf is the same
 * font, and only the {@value #CAF_FACES_KEPT} faces used last are kept.
 */
final class EmbeddedFonts {

    private record Face(String family, int weight, FontStyle style, byte[] data) {
    }

    private static final String FOLDER = "/templates/fonts/";

    private static final String FALLBACK_FAMILY = "DejaVu Sans";
    /** Two Cafs' families of four faces, or four Cafs' whose families lack bold and italic faces. */
    static final int CAF_FACES_KEPT = 8;

    private final List<Face> faces;
    private final List<Face> fallbacks;
    private final ThreadLocal<Map<byte[], TrueTypeFont>> parsed = ThreadLocal.withInitial(IdentityHashMap::new);
    private final ThreadLocal<Map<String, TrueTypeFont>> parsedCafFaces = ThreadLocal.withInitial(() -> new RecentlyUsed<>(CAF_FACES_KEPT));

    EmbeddedFonts() {
        this.faces = List.of(
                face("LiberationSerif-Regular.ttf", "Liberation Serif", 400, FontStyle.NORMAL),
                face("LiberationSerif-Bold.ttf", "Liberation Serif", 700, FontStyle.NORMAL),
                face("LiberationSerif-Italic.ttf", "Liberation Serif", 400, FontStyle.ITALIC),
                face("LiberationSerif-BoldItalic.ttf", "Liberation Serif", 700, FontStyle.ITALIC),
                face("LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL),
                face("LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL),
                face("LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC),
                face("LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, FontStyle.ITALIC));
        this.fallbacks = List.of(
                face("DejaVuSans.ttf", FALLBACK_FAMILY, 400, FontStyle.NORMAL),
                face("DejaVuSans-Bold.ttf", FALLBACK_FAMILY, 700, FontStyle.NORMAL));
    }

    /**
     * @param cafFaces the faces of the Caf's own families, which the style sheet names
     */
    void register(PdfRendererBuilder builder, PDDocument document, boolean withFallback, List<HouseStyle.FontFace> cafFaces) {
        Map<byte[], TrueTypeFont> shipped = parsed.get();
        for (Face face : faces) {
            builder.useFont(new LazyFont(() -> shipped.computeIfAbsent(face.data(), EmbeddedFonts::parse), document),
                    face.family(), face.weight(), face.style(), true);
        }
        Map<String, TrueTypeFont> caf = parsedCafFaces.get();
        for (HouseStyle.FontFace face : cafFaces) {
            builder.useFont(new LazyFont(() -> caf.computeIfAbsent(face.sha256(), digest -> parse(face.data())), document),
                    face.family(), face.bold() ? 700 : 400, face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        if (!withFallback) {
            return;
        }
        for (Face fallback : fallbacks) {
            builder.useFont(() -> new ByteArrayInputStream(fallback.data()), fallback.family(), fallback.weight(), fallback.style(),
                    true, EnumSet.of(FSFontUseCase.FALLBACK_PRE));
        }
    }

    /** The file of each face of the text, with the file of the fallback face of its weight. */
    List<FaceWithFallback> facesWithFallbacks() {
        return faces.stream()
                .map(face -> new FaceWithFallback(face.data(), fallback(face.weight() == 700)))
                .toList();
    }

    record FaceWithFallback(byte[] face, byte[] fallback) {
    }

    /** The file of the fallback face of this weight. */
    byte[] fallback(boolean bold) {
        return fallbacks.get(bold ? 1 : 0).data();
    }

    /** The regular face of {@code family}, for text drawn directly with PDFBox. */
    PDFont regular(PDDocument document, String family) {
        byte[] data = data(family, false, false);
        return new LazyFont(() -> parsed.get().computeIfAbsent(data, EmbeddedFonts::parse), document).supply();
    }

    /** The font file of a face. */
    byte[] data(String family, boolean bold, boolean italic) {
        int weight = bold ? 700 : 400;
        FontStyle style = italic ? FontStyle.ITALIC : FontStyle.NORMAL;
        return faces.stream()
                .filter(f -> f.family().equals(family) && f.weight() == weight && f.style() == style)
                .findFirst()
                .orElseThrow()
                .data();
    }

    private static Face face(String file, String family, int weight, FontStyle style) {
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Police absente du classpath : " + FOLDER + file);
            }
            return new Face(family, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the font when openhtmltopdf first needs it, with its GSUB table out of the way: PDFBox 3 would
     * otherwise run the glyph substitutions (ligatures only, for Latin text) on every text run, building a
     * regular expression each time, which made a 20-page render take over a second.
     */
    private static final class LazyFont extends PDFontSupplier {

        private final Supplier<TrueTypeFont> font;
        private final PDDocument document;

        /** @param font the parsed font, from the thread's cache */
        LazyFont(Supplier<TrueTypeFont> font, PDDocument document) {
            super(null);
            this.font = font;
            this.document = document;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(document, font.get(), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static TrueTypeFont parse(byte[] data) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
