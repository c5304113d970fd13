package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Action;
import fr.ctg.model.Convention;
import fr.ctg.model.DateApproximative;
import fr.ctg.model.FicheAction;
import fr.ctg.model.Periode;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;

/** An approximate start ("2024-T2") is within the period when any of its days is. */
@CtgRule(code = "CTG-ACTION-HORS-PERIODE",
        resume = "Chaque action commence pendant la période de la convention.",
        severity = {RuleSeverity.ERROR, RuleSeverity.ERROR_UNLESS_DRAFT})
public final class ActionDansPeriode implements Rule<Convention> {

    private static final YamlPath PERIODE = YamlPath.root().field("periode");

    @Override
    public void check(Convention convention, Reporter rapport) {
        Periode periode = convention.periode();
        if (periode.fin().isBefore(periode.debut())) {
            return; // an inverted period is CTG-PERIODE-ORDRE's to report; nothing can lie within it
        }
        List<FicheAction> fiches = convention.fichesActions();
        for (int i = 0; i < fiches.size(); i++) {
            List<Action> actions = fiches.get(i).actions();
            for (int j = 0; j < actions.size(); j++) {
                YamlPath chemin = YamlPath.root().field("fiches_actions").index(i).field("actions").index(j).field("debut");
                Integer numero = actions.get(j).numero();
                String action = "l’action " + (numero == null ? j + 1 : numero) + " de la fiche " + fiches.get(i).numero();
                DateApproximative debut = actions.get(j).debut();
                String plage = "choisissez un début entre le " + FrenchDates.shortForm(periode.debut()) + " et le "
                        + FrenchDates.shortForm(periode.fin());
                if (debut == null) {
                    String brut = rapport.rawText(chemin);
                    if (brut != null && !brut.isBlank()) {
                        rapport.errorUnlessDraft(chemin, "le début de " + action + " n’est pas encore fixé : « " + brut + " »", plage);
                    }
                } else if (debut.firstDay().isAfter(periode.fin())) {
                    rapport.error(chemin, action + " commence en « " + debut + " », après la fin de la convention ("
                            + FrenchDates.shortForm(periode.fin()) + ")", plage, rapport.label(PERIODE.field("fin"), "fin de la convention"));
                } else if (debut.lastDay().isBefore(periode.debut())) {
                    rapport.error(chemin, action + " commence en « " + debut + " », avant le début de la convention ("
                            + FrenchDates.shortForm(periode.debut()) + ")", plage, rapport.label(PERIODE.field("debut"), "début de la convention"));
                }
            }
        }
    }
}
