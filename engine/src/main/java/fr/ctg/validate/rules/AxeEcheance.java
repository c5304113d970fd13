package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Axe;
import fr.ctg.model.Convention;
import fr.ctg.model.Periode;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.time.LocalDate;
import java.util.List;

@CtgRule(code = "CTG-AXE-ECHEANCE", resume = "L’avenant qui apportera les fiches d’un axe est promis pendant la période de la convention.")
public final class AxeEcheance implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Periode periode = convention.periode();
        if (periode.fin().isBefore(periode.debut())) {
            return; // an inverted period is CTG-PERIODE-ORDRE's to report; nothing can lie within it
        }
        List<Axe> axes = convention.axes();
        for (int i = 0; i < axes.size(); i++) {
            LocalDate echeance = axes.get(i).fichesParAvenant();
            if (echeance == null || periode.contains(echeance)) {
                continue;
            }
            boolean avant = echeance.isBefore(periode.debut());
            String ecart = avant
                    ? "avant le début de la convention (" + FrenchDates.shortForm(periode.debut()) + ")"
                    : "après la fin de la convention (" + FrenchDates.shortForm(periode.fin()) + ")";
            YamlPath borne = YamlPath.root().field("periode").field(avant ? "debut" : "fin");
            rapport.error(YamlPath.root().field("axes").index(i).field("fiches_par_avenant"), "les fiches de l’axe " + axes.get(i).numero()
                    + " sont promises par avenant au plus tard le " + FrenchDates.shortForm(echeance) + ", " + ecart,
                    "choisissez une date entre le " + FrenchDates.shortForm(periode.debut()) + " et le " + FrenchDates.shortForm(periode.fin()),
                    rapport.label(borne, avant ? "début de la convention" : "fin de la convention"));
        }
    }
}
