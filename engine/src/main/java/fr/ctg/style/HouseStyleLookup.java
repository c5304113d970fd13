package fr.ctg.style;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.RecordLoader;
import fr.ctg.load.SourceFile;
import fr.ctg.load.SourceMap;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Statut;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds and checks the house style of a convention: {@code style/style-maison.yaml} in the first of its override
 * folders that has one, else the national style. Built once and shared; safe to use from several threads.
 */
public final class HouseStyleLookup {

    /** The style file, in the {@code style} folder of an override folder. */
    public static final String STYLE_FILE_NAME = "style-maison.yaml";
    static final String STYLE_FOLDER = "style";
    /** What a Caf may have placed there before, which is no longer read. */
    static final List<String> FORMER_FILES = List.of("convention.css", "style-maison.docx");
    static final BigDecimal DEFAULT_LOGO_WIDTH_MM = BigDecimal.valueOf(40);

    private final RecordLoader loader = new RecordLoader();
    private final AncienStyle formerFiles = new AncienStyle();
    private final List<Rule<StyleFile>> rules;

    public HouseStyleLookup() {
        this(StyleRules.ofFile());
    }

    /** A lookup that checks the style file with these rules only (the loader's checks still apply). */
    public HouseStyleLookup(List<Rule<StyleFile>> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * @param overrideFolders the convention's override folders, the one that wins first; the national
     *     {@code templates/style} comes after them all
     * @param statut the convention's, for the severity of its diagnostics
     * @throws UnreadableInputException when the style file is a folder, unreadable, or a link leading out of its folder
     */
    public LoadedStyle find(List<Path> overrideFolders, Statut statut) throws UnreadableInputException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Path folder : overrideFolders) {
            for (String former : FORMER_FILES) {
                Path file = folder.resolve(STYLE_FOLDER).resolve(former);
                // a link is not followed: the warning's excerpt shows the file's first line, which must be the Caf's own
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    formerFiles.check(file, new Reporter(new SourceMap(file), statut, formerFiles.description(), diagnostics));
                }
            }
        }
        for (Path folder : overrideFolders) {
            Path file = folder.resolve(STYLE_FOLDER).resolve(STYLE_FILE_NAME);
            if (Files.exists(file)) {
                return load(confined(file, folder), statut, diagnostics);
            }
        }
        return new LoadedStyle(HouseStyle.NATIONAL, null, diagnostics);
    }

    private LoadedStyle load(SourceFile source, Statut statut, List<Diagnostic> diagnostics) {
        RecordLoader.Loaded<StyleMaison> loaded = loader.load(source, StyleMaison.class, "le style maison");
        diagnostics.addAll(loaded.diagnostics());
        StyleMaison style = loaded.value();
        if (style == null) {
            return new LoadedStyle(HouseStyle.NATIONAL, source, diagnostics);
        }
        StyleFile file = new StyleFile(style, source.path().toAbsolutePath().getParent());
        List<Diagnostic> found = new ArrayList<>();
        for (Rule<StyleFile> rule : rules) {
            rule.check(file, new Reporter(loaded.sources(), statut, rule.description(), found));
        }
        found.sort(Diagnostic.IN_FILE_ORDER);
        diagnostics.addAll(found);
        boolean sound = found.stream().noneMatch(Diagnostic::isError);
        return new LoadedStyle(sound ? resolve(file) : HouseStyle.NATIONAL, source, diagnostics);
    }

    /** The style of a file its rules accept. */
    private static HouseStyle resolve(StyleFile file) {
        StyleMaison style = file.style();
        StyleMaison.Couleurs couleurs = style.couleurs() == null ? new StyleMaison.Couleurs(null, null, null) : style.couleurs();
        StyleMaison.Polices polices = style.polices() == null ? new StyleMaison.Polices(null, null) : style.polices();
        StyleMaison.Marges marges = style.marges() == null ? new StyleMaison.Marges(null, null, null, null) : style.marges();
        return new HouseStyle(logo(file), colour(couleurs.titres()), colour(couleurs.texte()), colour(couleurs.accents()),
                polices.titres(), polices.texte(), fonts(file.folder(), polices), style.taille(), pageText(style.enTete()), pageText(style.piedDePage()),
                new HouseStyle.Margins(marges.haut(), marges.droite(), marges.bas(), marges.gauche()));
    }

    private static HouseStyle.@Nullable Logo logo(StyleFile file) {
        StyleMaison.Logo logo = file.style().logo();
        if (logo == null) {
            return null;
        }
        LogoImage.Image image = (LogoImage.Image) LogoImage.read(file.folder(), logo.fichier());
        return new HouseStyle.Logo(image.file(), image.bytes(), image.png(), logo.description().strip(),
                logo.largeur() == null ? DEFAULT_LOGO_WIDTH_MM : logo.largeur(), image.width(), image.height());
    }

    /** The faces of the Caf's own families, each once; a missing face is the regular one. */
    private static List<HouseStyle.FontFace> fonts(Path styleFolder, StyleMaison.Polices polices) {
        List<HouseStyle.FontFace> fonts = new ArrayList<>();
        for (String family : new LinkedHashSet<>(Arrays.asList(polices.titres(), polices.texte()))) {
            if (family == null || PoliceStyle.SHIPPED.contains(family)) {
                continue;
            }
            Map<FontFamilyFiles.Face, FontFile.Read> faces = FontFamilyFiles.read(styleFolder, family);
            if (!(faces.get(FontFamilyFiles.Face.REGULAR) instanceof FontFile.Face regular)) {
                continue; // only when the lookup leaves PoliceStyle out, which refuses the style
            }
            for (Map.Entry<FontFamilyFiles.Face, FontFile.Read> face : faces.entrySet()) {
                byte[] data = face.getValue() instanceof FontFile.Face read ? read.bytes() : regular.bytes();
                fonts.add(new HouseStyle.FontFace(family, face.getKey().bold, face.getKey().italic, data, SourceFile.sha256Of(data)));
            }
        }
        return fonts;
    }

    private static @Nullable String colour(@Nullable String written) {
        return written == null ? null : written.substring(1).toUpperCase(Locale.ROOT);
    }

    private static HouseStyle.@Nullable PageText pageText(@Nullable String written) {
        return written == null ? null : HouseStyle.PageText.parse(written.strip());
    }

    /** The file, read, when its links do not lead out of the override folder. */
    private static SourceFile confined(Path file, Path folder) throws UnreadableInputException {
        try {
            if (Files.isRegularFile(file) && !file.toRealPath().startsWith(folder.toRealPath())) {
                throw new UnreadableInputException(file + " mène, par un lien symbolique, hors du dossier " + folder
                        + " : remplacez le lien par une copie du fichier", null);
            }
        } catch (IOException e) {
            throw new UnreadableInputException("le fichier " + file + " ne peut pas être lu (" + e.getMessage() + ")", e);
        }
        return SourceFile.read(file);
    }
}
