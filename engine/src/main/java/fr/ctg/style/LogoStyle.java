package fr.ctg.style;

import fr.ctg.load.YamlPath;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;

/**
 * The logo is printed in the signed PDF/A: it must be an image that format admits, read from the Caf's own folder,
 * and described for those who cannot see it (PDF/UA).
 */
@CtgRule(code = "CTG-STYLE-LOGO",
        resume = "Le logo du style maison est un PNG ou un JPEG du dossier style, lisible, de 1 Mo et 4000 pixels de côté au plus, décrit par un texte.")
public final class LogoStyle implements Rule<StyleFile> {

    @Override
    public void check(StyleFile file, Reporter rapport) {
        StyleMaison.Logo logo = file.style().logo();
        if (logo == null) {
            return;
        }
        YamlPath chemin = YamlPath.root().field("logo");
        if (LogoImage.read(file.folder(), logo.fichier()) instanceof LogoImage.Problem problem) {
            rapport.error(chemin.field("fichier"), problem.message(), problem.hint());
        }
        if (logo.description().isBlank()) {
            rapport.error(chemin.field("description"), "la description du logo est vide : un lecteur d’écran n’aurait rien à dire de l’image",
                    "écrivez ce que montre le logo, par exemple description: Logo de la Caf des Alpes-de-Haute-Provence");
        }
    }
}
