package fr.ctg.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Deliberations of a few Ko whose pages would decode to gigabytes, made in code: a Flate stream that expands to 4 Gio,
 * images of absurd dimensions (declared, or in a JPEG's own header), a page of many streams that together pass 1 Gio.
 */
final class DecompressionBombs {

    private static final int MEGABYTE = 1024 * 1024;
    /** The largest prime below 2^16, modulus of the zlib checksum. */
    private static final int ADLER_MODULUS = 65_521;

    private DecompressionBombs() {
    }

    /** One page showing a 1 000 × 1 000 grey image whose Flate data expands to 4 Gio. */
    static byte[] imageExpandingToGigabytes() throws IOException {
        return onePageShowing(1_000, 1_000, 8, COSName.FLATE_DECODE, zeros(4L * 1024 * MEGABYTE));
    }

    /** One page showing an image of 100 000 × 100 000 pixels, in a few bytes. */
    static byte[] imageOfTenBillionPixels() throws IOException {
        return onePageShowing(100_000, 100_000, 1, COSName.FLATE_DECODE, zeros(MEGABYTE));
    }

    /** One page showing a JPEG that says 10 × 10 pixels in the PDF and 60 000 × 60 000 in its own header. */
    static byte[] jpegOfThreeBillionPixels() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), "jpeg", jpeg);
        byte[] bytes = jpeg.toByteArray();
        for (int i = 0; i + 8 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0xFF && (bytes[i + 1] & 0xff) == 0xC0) {
                // SOF0: length (2 bytes), precision (1), height (2), width (2)
                bytes[i + 5] = (byte) (60_000 >> 8);
                bytes[i + 6] = (byte) 60_000;
                bytes[i + 7] = (byte) (60_000 >> 8);
                bytes[i + 8] = (byte) 60_000;
                break;
            }
        }
        return onePageShowing(10, 10, 8, COSName.DCT_DECODE, bytes);
    }

    /** One page made of 20 content streams of 60 Mio each once decompressed: each under the limit, together over 1 Gio. */
    static byte[] pageOfManyStreams() throws IOException {
        byte[] sixtyMegabytes = zeros(60L * MEGABYTE);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            COSArray contents = new COSArray();
            for (int i = 0; i < 20; i++) {
                contents.add(stream(document, COSName.FLATE_DECODE, sixtyMegabytes));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, contents);
            document.addPage(page);
            return saved(document);
        }
    }

    private static byte[] onePageShowing(int width, int height, int bitsPerComponent, COSName filter, byte[] data) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            COSStream image = stream(document, filter, data);
            image.setItem(COSName.TYPE, COSName.XOBJECT);
            image.setItem(COSName.SUBTYPE, COSName.IMAGE);
            image.setInt(COSName.WIDTH, width);
            image.setInt(COSName.HEIGHT, height);
            image.setInt(COSName.BITS_PER_COMPONENT, bitsPerComponent);
            image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            COSDictionary xObjects = new COSDictionary();
            xObjects.setItem(COSName.getPDFName("Im0"), image);
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.XOBJECT, xObjects);
            page.getCOSObject().setItem(COSName.RESOURCES, resources);
            page.getCOSObject().setItem(COSName.CONTENTS, stream(document, null,
                    "q 500 0 0 500 50 300 cm /Im0 Do Q".getBytes(StandardCharsets.US_ASCII)));
            document.addPage(page);
            return saved(document);
        }
    }

    private static COSStream stream(PDDocument document, COSName filter, byte[] raw) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(raw);
        }
        if (filter != null) {
            stream.setItem(COSName.FILTER, filter);
        }
        return stream;
    }

    private static byte[] saved(PDDocument document) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        document.save(pdf);
        return pdf.toByteArray();
    }

    /**
     * A zlib stream of {@code length} zero bytes (a multiple of 1 Mio), without deflating them all: after a full flush,
     * each Mio of zeros deflates to the same bytes, which are repeated, and the checksum of n zeros is (n mod 65521, 1).
     */
    static byte[] zeros(long length) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] megabyte = new byte[MEGABYTE];
        byte[] buffer = new byte[64 * 1024];
        deflater.setInput(megabyte);
        int header = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        byte[] first = Arrays.copyOf(buffer, header);
        deflater.setInput(megabyte);
        int size = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        byte[] block = Arrays.copyOf(buffer, size);
        deflater.end();
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        zlib.writeBytes(first);
        for (long written = MEGABYTE; written < length; written += MEGABYTE) {
            zlib.writeBytes(block);
        }
        zlib.writeBytes(new byte[] {0x03, 0x00}); // an empty final block of fixed Huffman codes
        long b = length % ADLER_MODULUS;
        zlib.writeBytes(new byte[] {(byte) (b >> 8), (byte) b, 0x00, 0x01});
        return zlib.toByteArray();
    }
}
