package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.load.YamlPath;
import fr.ctg.model.avenant.ARediger;
import fr.ctg.model.avenant.Modification;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;

@CtgRule(code = "CTG-AVENANT-A-REDIGER",
        resume = "Un avenant à signer ne garde aucune modification « a_rediger » laissée par le brouillon.",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class ARedigerAvenant implements Rule<AvenantContext> {

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        List<Modification> modifications = contexte.avenant().modifications();
        for (int i = 0; i < modifications.size(); i++) {
            if (modifications.get(i) instanceof ARediger aRediger) {
                rapport.errorUnlessDraft(YamlPath.root().field("modifications").index(i).field("a_rediger"), "la modification " + (i + 1)
                        + " reste à rédiger (" + aRediger.chemin() + " : " + aRediger.description() + ")",
                        "remplacez-la par une modification typée (" + ModificationAvenant.TYPES + ")");
            }
        }
    }
}
