package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Periode;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.CtgRule;

@CtgRule(code = "CTG-PERIODE-ORDRE", resume = "La date de début de la convention précède sa date de fin.")
public final class PeriodeOrdonnee implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Periode periode = convention.periode();
        if (!periode.debut().isBefore(periode.fin())) {
            YamlPath chemin = YamlPath.root().field("periode");
            rapport.error(chemin.field("fin"), "la date de fin (" + FrenchDates.shortForm(periode.fin())
                    + ") ne vient pas après la date de début (" + FrenchDates.shortForm(periode.debut()) + ")",
                    "vérifiez les deux dates de « periode » : la fin doit suivre le début",
                    rapport.label(chemin.field("debut"), "date de début"));
        }
    }
}
