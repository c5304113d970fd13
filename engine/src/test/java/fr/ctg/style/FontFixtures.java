package fr.ctg.style;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Fonts for tests, made from the shipped ones: Liberation Sans under the names « CafExemple Sans » and
 * « CafExempleSans » (same lengths, patched in place in the {@code name} table), and a copy whose licence forbids
 * embedding. PDFBox does not check the tables' checksums, which the patches leave as they were.
 */
public final class FontFixtures {

    private FontFixtures() {
    }

    /** A shipped face of Liberation Sans ({@code Regular}, {@code Bold}...), renamed CafExemple Sans. */
    public static byte[] cafExemple(String face) {
        byte[] font = shipped("LiberationSans-" + face + ".ttf");
        replace(font, "Liberation Sans", "CafExemple Sans");
        replace(font, "LiberationSans", "CafExempleSans");
        return font;
    }

    /** The font with the printable ASCII characters only, as PDFBox subsets a font. */
    public static byte[] asciiOnly(byte[] font) {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            TTFSubsetter subsetter = new TTFSubsetter(parsed);
            for (int c = 0x20; c <= 0x7E; c++) {
                subsetter.add(c);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of a font, in hexadecimal. */
    public static String sha256(byte[] font) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(font));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The font with its OS/2 {@code fsType} set to {@code fsType}. */
    public static byte[] withFsType(byte[] font, int fsType) {
        byte[] patched = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched);
        int tables = buffer.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (new String(patched, entry, 4, StandardCharsets.US_ASCII).equals("OS/2")) {
                buffer.putShort(buffer.getInt(entry + 8) + 8, (short) fsType);
                return patched;
            }
        }
        throw new IllegalArgumentException("pas de table OS/2");
    }

    private static byte[] shipped(String file) {
        try (InputStream in = FontFixtures.class.getResourceAsStream("/templates/fonts/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each occurrence of {@code from}, in ASCII and in UTF-16BE, by {@code to} of the same length. */
    private static void replace(byte[] font, String from, String to) {
        replaceBytes(font, from.getBytes(StandardCharsets.US_ASCII), to.getBytes(StandardCharsets.US_ASCII));
        replaceBytes(font, from.getBytes(StandardCharsets.UTF_16BE), to.getBytes(StandardCharsets.UTF_16BE));
    }

    private static void replaceBytes(byte[] font, byte[] from, byte[] to) {
        for (int i = 0; i + from.length <= font.length; i++) {
            if (java.util.Arrays.equals(font, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, font, i, to.length);
            }
        }
    }
}
