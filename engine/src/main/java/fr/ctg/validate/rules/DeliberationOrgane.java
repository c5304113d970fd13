package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.model.OrganeDeliberant;
import fr.ctg.model.Partie;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;

@CtgRule(code = "CTG-DELIBERATION-ORGANE",
        resume = "Une délibération émane de l’organe que la partie indique comme l’autorisant à signer.",
        severity = RuleSeverity.WARNING)
public final class DeliberationOrgane implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Deliberation> deliberations = convention.deliberations();
        for (int i = 0; i < deliberations.size(); i++) {
            Deliberation deliberation = deliberations.get(i);
            for (Partie partie : convention.parties()) {
                OrganeDeliberant organe = partie.organe();
                if (partie.id().equals(deliberation.partie()) && organe != null && organe != deliberation.organe()) {
                    rapport.warning(YamlPath.root().field("deliberations").index(i).field("organe"),
                            "la délibération de « " + partie.id() + " » vient de l’organe « "
                            + deliberation.organe().label() + " », mais la partie est autorisée par l’organe « " + organe.label() + " »",
                            "écrivez « organe: " + organe.yaml() + " » ici, ou corrigez l’« organe » de la partie");
                }
            }
        }
    }
}
