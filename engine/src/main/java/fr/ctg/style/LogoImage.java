package fr.ctg.style;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The logo file a style names, read once and checked: inside the {@code style} folder, a PNG or a JPEG of at most
 * {@value #MAX_BYTES} bytes and {@value #MAX_PIXELS} pixels a side, which decodes. Either the image or why not.
 */
final class LogoImage {

    static final int MAX_BYTES = 1_000_000;
    static final int MAX_PIXELS = 4000;
    private static final Pattern ABSOLUTE = Pattern.compile("^([/\\\\]|[A-Za-z]:).*", Pattern.DOTALL);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final String PLACE_HINT = "déposez le logo dans le dossier style, à côté de style-maison.yaml, et écrivez son nom : fichier: logo.png";

    /** What reading gave: {@link Image} or {@link Problem}. */
    sealed interface Read permits Image, Problem {
    }

    record Image(Path file, byte[] bytes, boolean png, int width, int height) implements Read {
    }

    record Problem(String message, String hint) implements Read {
    }

    private LogoImage() {
    }

    static Read read(Path styleFolder, String fichier) {
        if (fichier.isBlank()) {
            return new Problem("le chemin du logo est vide", PLACE_HINT);
        }
        if (ABSOLUTE.matcher(fichier).matches() || Pattern.compile("[/\\\\]").splitAsStream(fichier).anyMatch(".."::equals)) {
            return new Problem("le logo « " + fichier + " » doit se trouver dans le dossier style (ni chemin absolu, ni « .. »)", PLACE_HINT);
        }
        Path file;
        try {
            file = styleFolder.resolve(fichier).normalize();
        } catch (InvalidPathException e) {
            return new Problem("« " + fichier + " » n’est pas un chemin de fichier valide", "retirez les caractères invisibles ou interdits du chemin");
        }
        if (!Files.exists(file)) {
            return new Problem("le logo « " + fichier + " » n’existe pas", PLACE_HINT + ", ou corrigez le nom");
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(styleFolder.toRealPath()) || !Files.isRegularFile(real)) {
                return new Problem("le logo « " + fichier + " » n’est pas un fichier du dossier style", "remplacez le lien ou le dossier par une copie de l’image");
            }
            if (Files.size(real) > MAX_BYTES) {
                return new Problem("le logo « " + fichier + " » pèse " + Files.size(real) / 1000 + " Ko, plus que les " + MAX_BYTES / 1000 + " Ko permis",
                        "enregistrez-le plus petit : " + 600 + " pixels de large suffisent à l’imprimer net sur 5 cm");
            }
            return decode(real, Files.readAllBytes(real), fichier);
        } catch (IOException e) {
            return new Problem("le logo « " + fichier + " » ne peut pas être lu (" + e.getMessage() + ")", "vérifiez les droits du fichier");
        }
    }

    private static Read decode(Path file, byte[] bytes, String fichier) throws IOException {
        boolean png = startsWith(bytes, PNG);
        if (!png && !startsWith(bytes, JPEG)) {
            return new Problem("le logo « " + fichier + " » n’est ni un PNG ni un JPEG", "enregistrez-le au format PNG (ou JPEG) depuis le logiciel qui l’a produit");
        }
        String unreadable = "le logo « " + fichier + " » est un " + (png ? "PNG" : "JPEG") + " illisible ou dans un format que le PDF/A n’admet pas";
        String hint = "enregistrez-le de nouveau en PNG, couleurs RVB (sRGB)";
        try (InputStream in = new ByteArrayInputStream(bytes); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return new Problem(unreadable, hint);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS || height > MAX_PIXELS) {
                    return new Problem("le logo « " + fichier + " » mesure " + width + " × " + height + " pixels, plus que les " + MAX_PIXELS + " permis de chaque côté",
                            "enregistrez-le plus petit : " + 600 + " pixels de large suffisent à l’imprimer net sur 5 cm");
                }
                reader.read(0);
                return new Image(file, bytes, png, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new Problem(unreadable, hint);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
