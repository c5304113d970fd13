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

    /** The values permitted, both included; the schema of the style file states the same. */
    record Bounds(int min, int max, String unit) {
    }

    static final Bounds TEXT_SIZE = new Bounds(8, 16, "pt");
    static final Bounds MARGIN = new Bounds(5, 50, "mm");
    static final Bounds LOGO_WIDTH = new Bounds(10, 100, "mm");

    @Override
    public void check(StyleFile file, Reporter rapport) {
        StyleMaison style = file.style();
        check(style.taille(), YamlPath.root().field("taille"), "la taille du texte", TEXT_SIZE, rapport);
        StyleMaison.Marges marges = style.marges();
        if (marges != null) {
            YamlPath chemin = YamlPath.root().field("marges");
            check(marges.haut(), chemin.field("haut"), "la marge du haut", MARGIN, rapport);
            check(marges.droite(), chemin.field("droite"), "la marge de droite", MARGIN, rapport);
            check(marges.bas(), chemin.field("bas"), "la marge du bas", MARGIN, rapport);
            check(marges.gauche(), chemin.field("gauche"), "la marge de gauche", MARGIN, rapport);
        }
        if (style.logo() != null) {
            check(style.logo().largeur(), YamlPath.root().field("logo").field("largeur"), "la largeur du logo", LOGO_WIDTH, rapport);
        }
    }

    private static void check(@Nullable BigDecimal value, YamlPath chemin, String what, Bounds bounds, Reporter rapport) {
        int min = bounds.min();
        int max = bounds.max();
        String unit = bounds.unit();
        if (value == null || (value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0)) {
            return;
        }
        String written = value.toPlainString().replace('.', ',');
        rapport.error(chemin, what + ", " + written + "\u00a0" + unit + ", sort des valeurs permises (de " + min + " à " + max + "\u00a0" + unit + ")",
                "écrivez un nombre de " + min + " à " + max + ", sans unité (" + unit + " est sous-entendu)");
    }
}
