package fr.ctg.validate.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * What rendering a deliberation's pages would decode, measured before PDFBox decodes anything: PDFBox decodes a
 * whole stream into memory and walks every pixel of an image, so a few Ko of Flate that expand to gigabytes, or an
 * image declared 100 000 pixels wide, would exhaust the memory or the time of {@code generer}. Each stream a page
 * uses (its contents, images, forms, fonts, annotations' appearances) is decompressed once into a counter that
 * stops at the limit; images are measured on their dimensions, a JPEG on those of its own header.
 */
final class PdfDecodingBounds {

    /** A page of A4 scanned at 600 dpi has 35 million pixels. */
    static final long MAX_PIXELS = 40_000_000;
    /** A page of A4 scanned at 600 dpi in grey, uncompressed, is 35 Mo. */
    static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

    /** Image codecs: what they decode is bounded by the image's dimensions, which are checked instead. */
    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION, COSName.JPX_DECODE,
            COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);
    /** Links to other pages and objects that are not drawn on this page. */
    private static final Set<COSName> NOT_DRAWN = Set.of(COSName.PARENT, COSName.P, COSName.getPDFName("Pg"), COSName.DEST, COSName.A,
            COSName.AA, COSName.NEXT, COSName.PREV, COSName.FIRST, COSName.LAST, COSName.getPDFName("Popup"), COSName.getPDFName("IRT"),
            COSName.STRUCT_PARENT, COSName.STRUCT_PARENTS, COSName.METADATA, COSName.THUMB, COSName.B);

    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private long total;

    /** Stops a filter in the middle of its output. */
    private static final class LimitReached extends IOException {
    }

    private PdfDecodingBounds() {
    }

    /** What is beyond the bounds, as the end of a French sentence naming the page, or empty. */
    static Optional<String> probleme(PDDocument document) {
        PdfDecodingBounds bounds = new PdfDecodingBounds();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            Optional<String> probleme = bounds.page(page.getCOSObject(), number);
            if (probleme.isPresent()) {
                return probleme;
            }
        }
        return Optional.empty();
    }

    private Optional<String> page(COSDictionary page, int number) {
        Deque<COSBase> pending = new ArrayDeque<>();
        seen.add(page);
        push(pending, page.getDictionaryObject(COSName.CONTENTS));
        PDResources resources = new PDPage(page).getResources();
        if (resources != null) {
            push(pending, resources.getCOSObject());
        }
        push(pending, page.getDictionaryObject(COSName.ANNOTS));
        while (!pending.isEmpty()) {
            COSBase object = pending.pop();
            if (object instanceof COSStream stream) {
                Optional<String> probleme = stream(stream, number);
                if (probleme.isPresent()) {
                    return probleme;
                }
            }
            if (object instanceof COSDictionary dictionary) {
                if (COSName.PAGE.equals(dictionary.getCOSName(COSName.TYPE))) {
                    continue;
                }
                for (COSName key : dictionary.keySet()) {
                    if (!NOT_DRAWN.contains(key)) {
                        push(pending, dictionary.getDictionaryObject(key));
                    }
                }
            } else if (object instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    push(pending, array.getObject(i));
                }
            }
        }
        return Optional.empty();
    }

    private void push(Deque<COSBase> pending, COSBase object) {
        COSBase direct = object instanceof COSObject indirect ? indirect.getObject() : object;
        if ((direct instanceof COSDictionary || direct instanceof COSArray) && seen.add(direct)) {
            pending.push(direct);
        }
    }

    private Optional<String> stream(COSStream stream, int page) {
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            long width = stream.getInt(COSName.W, COSName.WIDTH, 0);
            long height = stream.getInt(COSName.H, COSName.HEIGHT, 0);
            if (width * height > MAX_PIXELS) {
                return Optional.of(tooManyPixels(page, width, height));
            }
        }
        List<COSName> filters = filters(stream);
        boolean imageCodec = !filters.isEmpty() && IMAGE_CODECS.contains(filters.get(filters.size() - 1));
        boolean jpeg = imageCodec && isJpeg(filters.get(filters.size() - 1));
        List<COSName> decoded = imageCodec ? filters.subList(0, filters.size() - 1) : filters;
        try {
            byte[] beforeCodec = decode(stream, decoded, jpeg);
            if (jpeg) {
                try (InputStream in = decoded.isEmpty() ? stream.createRawInputStream() : new ByteArrayInputStream(beforeCodec)) {
                    return jpegDimensions(in).filter(size -> size[0] * size[1] > MAX_PIXELS).map(size -> tooManyPixels(page, size[0], size[1]));
                }
            }
        } catch (LimitReached e) {
            return Optional.of(total > MAX_TOTAL_BYTES
                    ? "se décompresse en plus de " + megabytes(MAX_TOTAL_BYTES) + ", atteint à la page " + page + " : au plus "
                            + megabytes(MAX_TOTAL_BYTES) + " pour toute la délibération"
                    : "a, à la page " + page + (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE)) ? ", une image" : ", un contenu")
                            + " qui se décompresse en plus de " + megabytes(MAX_STREAM_BYTES) + " : au plus " + megabytes(MAX_STREAM_BYTES)
                            + " par image ou contenu de page");
        } catch (IOException | RuntimeException e) {
            // a damaged stream: PDFBox skips it when rendering, as it does here
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String tooManyPixels(int page, long width, long height) {
        return "a, à la page " + page + ", une image de " + number(width) + " × " + number(height) + " pixels : au plus "
                + number(MAX_PIXELS) + " pixels par image";
    }

    /**
     * Runs the filters in turn, each into a counter that stops past the limit; keeps the output of the last one only when an
     * image codec comes after it, whose header tells the size of the image.
     */
    private byte[] decode(COSStream stream, List<COSName> filters, boolean keepLast) throws IOException {
        byte[] input = null;
        for (int i = 0; i < filters.size(); i++) {
            boolean last = i == filters.size() - 1;
            Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
            BoundedOutput output = new BoundedOutput(!last || keepLast);
            try (InputStream in = input == null ? stream.createRawInputStream() : new ByteArrayInputStream(input)) {
                filter.decode(in, output, stream, i);
            }
            input = output.bytes();
        }
        return input == null ? new byte[0] : input;
    }

    /** Counts what goes through it against both limits, keeping it if asked. */
    private final class BoundedOutput extends OutputStream {

        private final ByteArrayOutputStream kept;
        private long count;

        BoundedOutput(boolean keep) {
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count += length;
            total += length;
            if (count > MAX_STREAM_BYTES || total > MAX_TOTAL_BYTES) {
                throw new LimitReached();
            }
            if (kept != null) {
                kept.write(bytes, offset, length);
            }
        }

        byte[] bytes() {
            return kept == null ? new byte[0] : kept.toByteArray();
        }
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filters = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static boolean isJpeg(COSName codec) {
        return COSName.DCT_DECODE.equals(codec) || COSName.DCT_DECODE_ABBREVIATION.equals(codec);
    }

    /** Width and height from the JPEG's own header, read without decoding the image. */
    private static Optional<long[]> jpegDimensions(InputStream jpeg) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(jpeg)) {
            reader.setInput(in, true, true);
            return Optional.of(new long[] {reader.getWidth(0), reader.getHeight(0)});
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    private static String number(long value) {
        return String.format(Locale.FRANCE, "%,d", value);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024L * 1024 * 1024 ? bytes / (1024L * 1024 * 1024) + "\u00a0Go" : bytes / (1024 * 1024) + "\u00a0Mo";
    }
}
