package fr.ctg.style;

import fr.ctg.load.YamlPath;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/** A header or footer says only what both writers can print: its text, {page} and {pages}. */
@CtgRule(code = "CTG-STYLE-TEXTE",
        resume = "L’en-tête et le pied de page du style maison n’emploient que les repères {page} (numéro de la page) et {pages} (nombre de pages).")
public final class TexteStyle implements Rule<StyleFile> {

    @Override
    public void check(StyleFile file, Reporter rapport) {
        check(file.style().enTete(), "en_tete", "de l’en-tête", rapport);
        check(file.style().piedDePage(), "pied_de_page", "du pied de page", rapport);
    }

    private static void check(@Nullable String text, String key, String of, Reporter rapport) {
        if (text == null) {
            return;
        }
        Matcher mark = HouseStyle.PageText.MARK.matcher(text);
        while (mark.find()) {
            String found = mark.group();
            if (!found.equals(HouseStyle.PageText.PAGE) && !found.equals(HouseStyle.PageText.PAGES)) {
                rapport.error(YamlPath.root().field(key), "« " + found + " » n’est pas un repère " + of + " : seuls {page} et {pages} le sont",
                        "écrivez {page} pour le numéro de la page et {pages} pour le nombre de pages, par exemple « Page {page} / {pages} »");
            }
        }
    }
}
