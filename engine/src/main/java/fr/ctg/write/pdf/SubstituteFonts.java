package fr.ctg.write.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The fonts PDFBox draws with when an appended PDF does not embed its own (a Helvetica, an Arial): the
 * project's Liberation faces, metric-compatible with them, serif or sans, bold or italic as the font says. Never
 * the machine's fonts: PDFBox would otherwise index them all on first use (half a minute, and a cache file in
 * the user's home), and the images of the same deliberation would differ from one machine to another.
 */
final class SubstituteFonts implements FontMapper {

    private final EmbeddedFonts fonts;
    private final Map<String, TrueTypeFont> parsed = new ConcurrentHashMap<>();

    SubstituteFonts(EmbeddedFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(face(baseFont, descriptor), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(face(baseFont, descriptor), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, face(baseFont, descriptor), false);
    }

    private TrueTypeFont face(String baseFont, PDFontDescriptor descriptor) {
        String name = baseFont == null ? "" : baseFont.toLowerCase(Locale.ROOT);
        boolean serif = name.matches(".*(times|serif|roman|georgia|garamond|cambria|minion|book).*")
                && !name.contains("sans") || descriptor != null && descriptor.isSerif() && !name.contains("sans");
        boolean bold = name.matches(".*(bold|black|heavy|semibold).*")
                || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        boolean italic = name.matches(".*(italic|oblique).*") || descriptor != null && descriptor.isItalic();
        String family = serif ? "Liberation Serif" : "Liberation Sans";
        return parsed.computeIfAbsent(family + bold + italic, key -> parse(fonts.data(family, bold, italic)));
    }

    private static TrueTypeFont parse(byte[] data) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
