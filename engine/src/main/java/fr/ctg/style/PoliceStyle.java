package fr.ctg.style;

import fr.ctg.load.YamlPath;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The PDF embeds every font it uses, and only those shipped in {@code templates/fonts} are at hand: a font of
 * the machine would make the same convention differ from one computer to another.
 */
@CtgRule(code = "CTG-STYLE-POLICE", resume = "Les polices du style maison sont celles que fournit le moteur : Liberation Serif ou Liberation Sans.")
public final class PoliceStyle implements Rule<StyleFile> {

    /** The families of {@code templates/fonts}. */
    public static final List<String> SHIPPED = List.of("Liberation Serif", "Liberation Sans");

    @Override
    public void check(StyleFile file, Reporter rapport) {
        StyleMaison.Polices polices = file.style().polices();
        if (polices == null) {
            return;
        }
        check(polices.titres(), "titres", rapport);
        check(polices.texte(), "texte", rapport);
    }

    private static void check(@Nullable String font, String key, Reporter rapport) {
        if (font == null || SHIPPED.contains(font)) {
            return;
        }
        rapport.error(YamlPath.root().field("polices").field(key),
                font.isBlank() ? "la police « " + key + " » est vide" : "la police « " + font + " » n’est pas fournie avec le moteur",
                "choisissez Liberation Serif (mêmes largeurs que Times New Roman) ou Liberation Sans (mêmes largeurs qu’Arial)");
    }
}
