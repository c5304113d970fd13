package fr.ctg.style;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Statut;
import fr.ctg.validate.ConventionSnippet;
import fr.ctg.validate.Rule;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The minimal convention with a Caf's override folder ({@code modeles: modeles}), whose {@code style} folder a test
 * fills: {@code <folder>/minimale/convention.yaml} and {@code <folder>/minimale/modeles/style/}.
 */
public final class StyleFixture {

    private final Path convention;

    public StyleFixture(Path folder) {
        this.convention = folder.resolve("minimale");
        try {
            Files.createDirectories(styleFolder());
            Files.writeString(convention.resolve("convention.yaml"), ConventionSnippet.MINIMALE + "modeles: modeles\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path conventionFile() {
        return convention.resolve("convention.yaml");
    }

    public Path overrideFolder() {
        return convention.resolve("modeles");
    }

    public Path styleFolder() {
        return overrideFolder().resolve("style");
    }

    /** Writes {@code style/style-maison.yaml}. */
    public StyleFixture style(String yaml) {
        return file(HouseStyleLookup.STYLE_FILE_NAME, yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file of the {@code style} folder. */
    public StyleFixture file(String name, byte[] content) {
        try {
            Path file = styleFolder().resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of one colour, {@code width} by {@code height} pixels. */
    public static byte[] png(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LoadedStyle load() {
        return load(new HouseStyleLookup());
    }

    /** The style file checked by one rule only. */
    public LoadedStyle load(Rule<StyleFile> rule) {
        return load(new HouseStyleLookup(List.of(rule)));
    }

    private LoadedStyle load(HouseStyleLookup lookup) {
        try {
            return lookup.find(List.of(overrideFolder()), Statut.A_SIGNER);
        } catch (UnreadableInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each diagnostic as {@code line:column: severity[CODE]: message | hint}. */
    public static List<String> described(LoadedStyle loaded) {
        return loaded.diagnostics().stream().map(StyleFixture::describe).toList();
    }

    private static String describe(Diagnostic d) {
        return d.position().line() + ":" + d.position().column() + ": " + d.severity().label() + "[" + d.code() + "]: " + d.message()
                + " | " + d.hint();
    }
}
