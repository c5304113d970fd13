package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;

@CtgRule(code = "CTG-REPRESENTANT", resume = "Chaque partie a au moins un représentant qui signe pour elle.",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class RepresentantRequis implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Partie> parties = convention.parties();
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).representants().isEmpty()) {
                rapport.errorUnlessDraft(YamlPath.root().field("parties").index(i).field("representants"), "« " + parties.get(i).nom()
                        + " » n’a aucun représentant pour signer",
                        "ajoutez sous « representants » la personne qui signe, avec « civilite », « nom » et « qualite »");
            }
        }
    }
}
