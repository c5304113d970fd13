package fr.ctg.style;

import fr.ctg.load.YamlPath;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Colours are written the way both writers take them: {@code "#RRVVBB"}. */
@CtgRule(code = "CTG-STYLE-COULEUR", resume = "Les couleurs du style maison s’écrivent « #RRVVBB », entre guillemets.")
public final class CouleurStyle implements Rule<StyleFile> {

    static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    @Override
    public void check(StyleFile file, Reporter rapport) {
        StyleMaison.Couleurs couleurs = file.style().couleurs();
        if (couleurs == null) {
            return;
        }
        check(couleurs.titres(), "titres", "des titres", rapport);
        check(couleurs.texte(), "texte", "du texte", rapport);
        check(couleurs.accents(), "accents", "des accents", rapport);
    }

    private static void check(@Nullable String colour, String key, String of, Reporter rapport) {
        if (colour == null || COLOUR.matcher(colour).matches()) {
            return;
        }
        YamlPath chemin = YamlPath.root().field("couleurs").field(key);
        if (colour.isBlank()) {
            rapport.error(chemin, "la couleur " + of + " est vide",
                    "écrivez-la entre guillemets, par exemple " + key + ": \"#0A5EA8\" : sans guillemets, « # » commence un commentaire en YAML");
        } else {
            rapport.error(chemin, "« " + colour + " » n’est pas une couleur : le style maison attend « # » suivi de six chiffres hexadécimaux",
                    "écrivez par exemple " + key + ": \"#0A5EA8\" (rouge, vert et bleu, chacun de 00 à FF)");
        }
    }
}
