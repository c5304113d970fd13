package fr.ctg.style;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The house style both writers apply, read from a Caf's {@code style/style-maison.yaml} and checked: what is
 * {@code null} keeps the national style ({@code templates/style/convention.css} for the PDF,
 * {@code templates/style/style-maison.docx} for the DOCX).
 *
 * @param titleColour {@code RRGGBB}, upper case, as the text colour of titles
 * @param accentColour {@code RRGGBB}, as the background of table header cells
 * @param titleFont the family of titles, shipped with the engine or among {@code fonts}
 * @param textFont the family of the body text, the same way
 * @param fonts the faces of the Caf's own families, four a family (regular, bold, italic, bold italic), a missing face
 *     given the regular one's file
 * @param textSize the body text's size, in points
 */
public record HouseStyle(
        @Nullable Logo logo,
        @Nullable String titleColour,
        @Nullable String textColour,
        @Nullable String accentColour,
        @Nullable String titleFont,
        @Nullable String textFont,
        List<FontFace> fonts,
        @Nullable BigDecimal textSize,
        @Nullable PageText header,
        @Nullable PageText footer,
        Margins margins) {

    /** The national style, unchanged. */
    public static final HouseStyle NATIONAL = new HouseStyle(null, null, null, null, null, null, List.of(), null, null, null, Margins.NATIONAL);

    public HouseStyle {
        fonts = List.copyOf(fonts);
    }

    public boolean isNational() {
        return equals(NATIONAL);
    }

    /**
     * The logo at the top of the first page, checked: a PNG or a JPEG that decodes.
     *
     * @param file the image file, its links followed
     * @param widthMm its width on the page, in millimetres
     */
    public record Logo(Path file, byte[] image, boolean png, String description, BigDecimal widthMm, int pixelWidth, int pixelHeight) {

        public Logo {
            image = image.clone();
        }

        @Override
        public byte[] image() {
            return image.clone();
        }

        /** Its height on the page, in millimetres, keeping its proportions. */
        public BigDecimal heightMm() {
            return widthMm.multiply(BigDecimal.valueOf(pixelHeight)).divide(BigDecimal.valueOf(pixelWidth), 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * One face of a Caf's own font, a TrueType file its licence lets a document embed.
     *
     * @param sha256 the file's digest, in hexadecimal: the same font read for another convention is the same key
     */
    public record FontFace(String family, boolean bold, boolean italic, byte[] data, String sha256) {

        public FontFace {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /** The page margins, in millimetres; each {@code null} one keeps its national value. */
    public record Margins(@Nullable BigDecimal top, @Nullable BigDecimal right, @Nullable BigDecimal bottom, @Nullable BigDecimal left) {

        public static final Margins NATIONAL = new Margins(null, null, null, null);
    }

    /** A header or footer text: plain text, the page number and the page count, in order. */
    public record PageText(List<Part> parts) {

        /** The two marks a page text may hold, as the style file writes them. */
        public static final String PAGE = "{page}";
        public static final String PAGES = "{pages}";
        static final Pattern MARK = Pattern.compile("\\{[^{}]*}");

        public PageText {
            parts = List.copyOf(parts);
        }

        /** One part: {@link Text}, {@link PageNumber} or {@link PageCount}. */
        public sealed interface Part permits Text, PageNumber, PageCount {
        }

        public record Text(String text) implements Part {
        }

        public record PageNumber() implements Part {
        }

        public record PageCount() implements Part {
        }

        /** The parts of a text whose marks are all {@link #PAGE} or {@link #PAGES}. */
        static PageText parse(String text) {
            List<Part> parts = new ArrayList<>();
            Matcher mark = MARK.matcher(text);
            int from = 0;
            while (mark.find()) {
                if (mark.start() > from) {
                    parts.add(new Text(text.substring(from, mark.start())));
                }
                parts.add(mark.group().equals(PAGE) ? new PageNumber() : new PageCount());
                from = mark.end();
            }
            if (from < text.length()) {
                parts.add(new Text(text.substring(from)));
            }
            return new PageText(parts);
        }
    }
}
