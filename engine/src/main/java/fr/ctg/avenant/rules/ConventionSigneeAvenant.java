package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Signature;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;

/**
 * An avenant amends a signed convention, which its first visa cites by its signature date: an avenant to a convention
 * without one can only be a draft.
 */
@CtgRule(code = "CTG-AVENANT-CONVENTION-SIGNEE", severity = RuleSeverity.ERROR_UNLESS_DRAFT,
        resume = "Un avenant modifie une convention signée, qu’il cite par sa date de signature ; avant cette signature, il reste en projet.")
public final class ConventionSigneeAvenant implements Rule<AvenantContext> {

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        Signature signature = contexte.convention().signature();
        if (signature != null && signature.date() != null) {
            return;
        }
        rapport.errorUnlessDraft(YamlPath.root().field("convention"), "la convention « " + contexte.convention().id()
                + " » n’a pas de date de signature : l’avenant ne peut la citer", "datez la signature de la convention (« signature: {date:"
                + " AAAA-MM-JJ} »), ou laissez l’avenant en « statut: projet » jusqu’à cette signature");
    }
}
