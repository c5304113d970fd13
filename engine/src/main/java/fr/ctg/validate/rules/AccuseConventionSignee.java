package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Statut;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;

@CtgRule(code = "CTG-ACTES-SIGNEE", resume = "Seule une convention signée a un accusé de réception de la préfecture.",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class AccuseConventionSignee implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        if (convention.accuseReception() != null && convention.statut() != Statut.SIGNEE) {
            rapport.errorUnlessDraft(YamlPath.root().field("accuse_reception"), "la convention a un accusé de réception de la préfecture"
                    + " mais n’est pas signée (statut « " + convention.statut().yaml() + " ») : seul un acte signé se transmet",
                    "enregistrez d’abord la signature (ctg enregistrer-signature), ou retirez cet accusé de réception s’il est celui"
                    + " d’un autre acte");
        }
    }
}
