package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Periode;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.avenant.Prolongation;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.time.LocalDate;
import java.util.List;

@CtgRule(code = "CTG-AVENANT-DUREE",
        resume = "Une prolongation repousse la fin de la convention sans porter sa durée au-delà de cinq ans.")
public final class DureeAvenant implements Rule<AvenantContext> {

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        Periode periode = contexte.base().periode();
        LocalDate finMaximale = periode.finMaximale();
        List<Modification> modifications = contexte.avenant().modifications();
        for (int i = 0; i < modifications.size(); i++) {
            if (!(modifications.get(i) instanceof Prolongation prolongation)) {
                continue;
            }
            LocalDate fin = prolongation.fin();
            YamlPath chemin = YamlPath.root().field("modifications").index(i).field("prolongation").field("fin");
            if (!fin.isAfter(periode.fin())) {
                rapport.error(chemin, "la prolongation au " + FrenchDates.shortForm(fin) + " ne repousse pas la fin de la convention (le "
                        + FrenchDates.shortForm(periode.fin()) + ")", "écrivez une date après le " + FrenchDates.shortForm(periode.fin()));
            } else if (fin.isAfter(finMaximale)) {
                rapport.error(chemin, "prolongée au " + FrenchDates.shortForm(fin) + ", la convention commencée le "
                        + FrenchDates.shortForm(periode.debut()) + " durerait plus de " + Periode.DUREE_MAXIMALE_ANS + " ans",
                        "prolongez-la au " + FrenchDates.shortForm(finMaximale) + " au plus tard",
                        rapport.label(contexte.conventionSources(), YamlPath.root().field("periode").field("debut"), "début de la convention"));
            }
        }
    }
}
