package fr.ctg.style;

import fr.ctg.load.YamlPath;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Sizes a convention stays legible and printable with. */
@CtgRule(code = "CTG-STYLE-MESURE",
        resume = "Le texte du style maison mesure de 8 à 16 points, les marges de 5 à 50 mm, le logo de 10 à 100 mm de large.")
public final class MesureStyle implements Rule<StyleFile> {

    @Override
    public void check(StyleFile file, Reporter rapport) {
        StyleMaison style = file.style();
        check(style.taille(), YamlPath.root().field("taille"), "la taille du texte", 8, 16, "pt", rapport);
        StyleMaison.Marges marges = style.marges();
        if (marges != null) {
            YamlPath chemin = YamlPath.root().field("marges");
            check(marges.haut(), chemin.field("haut"), "la marge du haut", 5, 50, "mm", rapport);
            check(marges.droite(), chemin.field("droite"), "la marge de droite", 5, 50, "mm", rapport);
            check(marges.bas(), chemin.field("bas"), "la marge du bas", 5, 50, "mm", rapport);
            check(marges.gauche(), chemin.field("gauche"), "la marge de gauche", 5, 50, "mm", rapport);
        }
        if (style.logo() != null) {
            check(style.logo().largeur(), YamlPath.root().field("logo").field("largeur"), "la largeur du logo", 10, 100, "mm", rapport);
        }
    }

    private static void check(@Nullable BigDecimal value, YamlPath chemin, String what, int min, int max, String unit, Reporter rapport) {
        if (value == null || (value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0)) {
            return;
        }
        String written = value.toPlainString().replace('.', ',');
        rapport.error(chemin, what + ", " + written + "\u00a0" + unit + ", sort des valeurs permises (de " + min + " à " + max + "\u00a0" + unit + ")",
                "écrivez un nombre de " + min + " à " + max + ", sans unité (" + unit + " est sous-entendu)");
    }
}
