package fr.ctg.style;

import fr.ctg.load.YamlPath;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The PDF embeds every font it uses, and never a font of the machine, which would make the same convention differ
 * from one computer to another: a family is one shipped in {@code templates/fonts}, or the Caf's own, whose files it
 * places in {@code style/polices} ({@link FontFamilyFiles}). A missing bold or italic face is written with the
 * regular one, as the warning says.
 */
@CtgRule(code = "CTG-STYLE-POLICE",
        resume = "Les polices du style maison sont Liberation Serif, Liberation Sans ou celles de la Caf, fichiers TrueType du dossier style/polices"
                + " de 10 Mo au plus, que leur licence permet d’embarquer.",
        severity = {RuleSeverity.ERROR, RuleSeverity.WARNING})
public final class PoliceStyle implements Rule<StyleFile> {

    /** The families of {@code templates/fonts}. */
    public static final List<String> SHIPPED = List.of("Liberation Serif", "Liberation Sans");
    private static final String SHIPPED_HINT = "Liberation Serif (mêmes largeurs que Times New Roman) ou Liberation Sans (mêmes largeurs qu’Arial)";

    @Override
    public void check(StyleFile file, Reporter rapport) {
        StyleMaison.Polices polices = file.style().polices();
        if (polices == null) {
            return;
        }
        Set<String> checked = new HashSet<>();
        check(file, polices.titres(), "titres", checked, rapport);
        check(file, polices.texte(), "texte", checked, rapport);
    }

    private static void check(StyleFile file, @Nullable String font, String key, Set<String> checked, Reporter rapport) {
        if (font == null || SHIPPED.contains(font) || !checked.add(font)) {
            return;
        }
        YamlPath chemin = YamlPath.root().field("polices").field(key);
        if (font.isBlank()) {
            rapport.error(chemin, "la police « " + key + " » est vide", "choisissez " + SHIPPED_HINT + ", ou nommez la police de la Caf");
            return;
        }
        if (!FontFamilyFiles.nameable(font)) {
            rapport.error(chemin, "« " + font + " » ne peut pas nommer une police : lettres, chiffres, espaces et tirets seulement",
                    "écrivez le nom de la famille, par exemple texte: Marianne");
            return;
        }
        Map<FontFamilyFiles.Face, FontFile.Read> faces = FontFamilyFiles.read(file.folder(), font);
        String regular = FontFamilyFiles.fileName(font, FontFamilyFiles.Face.REGULAR);
        if (faces.get(FontFamilyFiles.Face.REGULAR) instanceof FontFile.Absent) {
            rapport.error(chemin, "la police « " + font + " » n’est pas fournie avec le moteur, et le dossier style n’a pas de fichier " + regular,
                    "déposez les fichiers de la police dans le dossier style/polices : "
                            + list(List.of(FontFamilyFiles.Face.values()), face -> FontFamilyFiles.fileName(font, face).substring(FontFamilyFiles.FOLDER.length() + 1))
                            + " (le premier est requis), ou choisissez " + SHIPPED_HINT);
            return;
        }
        List<FontFamilyFiles.Face> missing = new ArrayList<>();
        boolean refused = false;
        for (Map.Entry<FontFamilyFiles.Face, FontFile.Read> face : faces.entrySet()) {
            if (face.getValue() instanceof FontFile.Problem problem) {
                rapport.error(chemin, problem.message(), problem.hint());
                refused = true;
            } else if (face.getValue() instanceof FontFile.Absent) {
                missing.add(face.getKey());
            }
        }
        if (!refused && !missing.isEmpty()) {
            rapport.warning(chemin, "la police « " + font + " » n’a pas de fichier pour " + list(missing, face -> face.wording)
                            + " : le PDF " + (missing.size() == 1 ? "l’écrit" : "les écrit") + " avec " + regular,
                    "déposez aussi " + list(missing, face -> FontFamilyFiles.fileName(font, face)) + ", si la police les a");
        }
    }

    /** « a », « a et b », « a, b et c ». */
    private static String list(List<FontFamilyFiles.Face> faces, Function<FontFamilyFiles.Face, String> wording) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < faces.size(); i++) {
            list.append(i == 0 ? "" : i == faces.size() - 1 ? " et " : ", ").append(wording.apply(faces.get(i)));
        }
        return list.toString();
    }

}
