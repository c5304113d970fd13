package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.load.YamlPath;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;

@CtgRule(code = "CTG-AVENANT-CONVENTION", resume = "Un avenant nomme la convention qu’il modifie : celle du dossier qui le contient.")
public final class ConventionAvenant implements Rule<AvenantContext> {

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        String nommee = contexte.avenant().convention();
        String id = contexte.convention().id();
        if (!nommee.equals(id)) {
            rapport.error(YamlPath.root().field("convention"),
                    "l’avenant modifie la convention « " + nommee + " », mais il est rangé avec la convention « " + id + " »",
                    "écrivez « convention: " + id + " », ou rangez l’avenant dans le dossier avenants/ de sa convention");
        }
    }
}
