package fr.ctg.style;

import fr.ctg.load.YamlPath;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.nio.file.Path;

/**
 * A {@code style/convention.css} or {@code style/style-maison.docx} in a Caf's folder is not read: the house style
 * is one file for both documents. Saying so keeps it from being silently ignored.
 */
@CtgRule(code = "CTG-STYLE-ANCIEN", severity = RuleSeverity.WARNING,
        resume = "Le style maison d’une Caf est style/style-maison.yaml, pour le PDF comme pour le DOCX ; style/convention.css et"
                + " style/style-maison.docx ne sont pas lus.")
public final class AncienStyle implements Rule<Path> {

    @Override
    public void check(Path former, Reporter rapport) {
        rapport.warning(YamlPath.root(), "« style/" + former.getFileName() + " » n’est pas lu : le style maison d’une Caf est style/"
                        + HouseStyleLookup.STYLE_FILE_NAME + ", qui vaut pour le PDF et pour le DOCX",
                "reportez le logo, les couleurs, les polices, l’en-tête, le pied de page et les marges dans style/"
                        + HouseStyleLookup.STYLE_FILE_NAME + " (README, « Changer un modèle ou le style maison »), puis supprimez ce fichier");
    }
}
