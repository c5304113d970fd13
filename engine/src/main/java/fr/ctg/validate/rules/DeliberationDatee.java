package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;

@CtgRule(code = "CTG-DELIBERATION-DATE", resume = "Chaque délibération est datée.",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class DeliberationDatee implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Deliberation> deliberations = convention.deliberations();
        for (int i = 0; i < deliberations.size(); i++) {
            if (deliberations.get(i).date() != null) {
                continue;
            }
            YamlPath chemin = YamlPath.root().field("deliberations").index(i).field("date");
            String brut = rapport.rawText(chemin);
            Deliberation deliberation = deliberations.get(i);
            String message = "la délibération " + DeliberationNames.author(convention, deliberation) + " n’a pas de date"
                    + (brut == null || brut.isBlank() ? "" : " (« " + brut + " »)");
            rapport.errorUnlessDraft(chemin, message, "indiquez la date de la délibération au format AAAA-MM-JJ");
        }
    }
}
