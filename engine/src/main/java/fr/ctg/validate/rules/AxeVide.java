package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Axe;
import fr.ctg.model.Convention;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;

@CtgRule(code = "CTG-AXE-VIDE",
        resume = "Un axe a des fiches actions, ou la date limite de l’avenant qui les apportera.",
        severity = {RuleSeverity.ERROR, RuleSeverity.ERROR_UNLESS_DRAFT})
public final class AxeVide implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Axe> axes = convention.axes();
        for (int i = 0; i < axes.size(); i++) {
            Axe axe = axes.get(i);
            if (!axe.fiches().isEmpty() || axe.fichesParAvenant() != null) {
                continue;
            }
            YamlPath chemin = YamlPath.root().field("axes").index(i).field("fiches_par_avenant");
            String brut = rapport.rawText(chemin);
            if (brut != null && !brut.isBlank()) {
                rapport.errorUnlessDraft(chemin, "la date limite de l’avenant qui apportera les fiches de l’axe " + axe.numero()
                        + " n’est pas encore fixée : « " + brut + " »", "indiquez cette date au format AAAA-MM-JJ");
            } else {
                rapport.error(YamlPath.root().field("axes").index(i), "l’axe " + axe.numero() + " (« " + axe.titre()
                        + " ») n’a ni fiches actions ni date limite pour les apporter par avenant",
                        "listez ses fiches sous « fiches », ou indiquez « fiches_par_avenant: AAAA-MM-JJ »");
            }
        }
    }
}
