package fr.ctg.style;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a Caf's own font family lies: one file a face in the {@code polices} folder of the {@code style} folder, named
 * after the family without its spaces and the face, the way type foundries deliver them: {@code Marianne-Regular.ttf},
 * {@code Marianne-Bold.ttf}, {@code Marianne-Italic.ttf}, {@code Marianne-BoldItalic.ttf}.
 */
final class FontFamilyFiles {

    static final String FOLDER = "polices";
    /** What a family name may hold, so that it names a file of the folder and nothing else. */
    private static final Pattern NAMEABLE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*");

    /** The faces, in the order of the messages; the regular one is required. */
    enum Face {
        REGULAR("Regular", false, false, "le normal"),
        BOLD("Bold", true, false, "le gras"),
        ITALIC("Italic", false, true, "l’italique"),
        BOLD_ITALIC("BoldItalic", true, true, "le gras italique");

        final String suffix;
        final boolean bold;
        final boolean italic;
        final String wording;

        Face(String suffix, boolean bold, boolean italic, String wording) {
            this.suffix = suffix;
            this.bold = bold;
            this.italic = italic;
            this.wording = wording;
        }
    }

    private FontFamilyFiles() {
    }

    static boolean nameable(String family) {
        return NAMEABLE.matcher(family).matches();
    }

    /** {@code polices/Marianne-Bold.ttf}, the path of a face in the style folder. */
    static String fileName(String family, Face face) {
        return FOLDER + "/" + family.replace(" ", "") + "-" + face.suffix + ".ttf";
    }

    /** Each face of a {@link #nameable} family, read. */
    static Map<Face, FontFile.Read> read(Path styleFolder, String family) {
        Map<Face, FontFile.Read> faces = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            faces.put(face, FontFile.read(styleFolder, fileName(family, face)));
        }
        return faces;
    }
}
