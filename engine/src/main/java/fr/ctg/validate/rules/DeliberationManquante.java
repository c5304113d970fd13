package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;

@CtgRule(code = "CTG-DELIBERATION-MANQUANTE",
        resume = "Chaque collectivité signataire a une délibération de son conseil qui l’autorise à signer.",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class DeliberationManquante implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Partie> parties = convention.parties();
        for (int i = 0; i < parties.size(); i++) {
            Partie partie = parties.get(i);
            if (partie.type().isCollectivity()
                    && convention.deliberations().stream().noneMatch(d -> d.partie().equals(partie.id()))) {
                rapport.errorUnlessDraft(YamlPath.root().field("parties").index(i).field("id"), "« " + partie.nom()
                        + " » est une collectivité, mais aucune délibération ne l’autorise à signer",
                        "ajoutez à « deliberations » une entrée « partie: " + partie.id() + " » avec l’organe et la date de la délibération");
            }
        }
    }
}
