package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Periode;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;

@CtgRule(code = "CTG-AVENANT-EFFET",
        resume = "Un avenant prend effet pendant la période de la convention (prolongée, s’il la prolonge).",
        severity = {RuleSeverity.ERROR, RuleSeverity.ERROR_UNLESS_DRAFT})
public final class EffetAvenant implements Rule<AvenantContext> {

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        Avenant avenant = contexte.avenant();
        if (avenant.dateEffet() == null) {
            rapport.errorUnlessDraft(YamlPath.root().field("date_effet"), "l’avenant n° " + avenant.numero() + " n’a pas de date d’effet",
                    "écrivez « date_effet: AAAA-MM-JJ »");
            return;
        }
        Periode periode = contexte.periodeApres();
        if (!periode.contains(avenant.dateEffet())) {
            rapport.error(YamlPath.root().field("date_effet"), "l’avenant prend effet le " + FrenchDates.shortForm(avenant.dateEffet())
                    + ", hors de la période de la convention (du " + FrenchDates.shortForm(periode.debut()) + " au "
                    + FrenchDates.shortForm(periode.fin()) + ")",
                    "choisissez une date d’effet entre le " + FrenchDates.shortForm(periode.debut()) + " et le " + FrenchDates.shortForm(periode.fin()));
        }
    }
}
