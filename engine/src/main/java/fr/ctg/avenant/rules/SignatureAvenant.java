package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Periode;
import fr.ctg.model.Signature;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.time.LocalDate;

@CtgRule(code = "CTG-AVENANT-SIGNATURE",
        resume = "Un avenant est daté, signé pendant la période de la convention, après elle et après l’avenant qui le précède.",
        severity = {RuleSeverity.ERROR, RuleSeverity.ERROR_UNLESS_DRAFT})
public final class SignatureAvenant implements Rule<AvenantContext> {

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        Avenant avenant = contexte.avenant();
        LocalDate date = avenant.date();
        if (date == null) {
            rapport.errorUnlessDraft(YamlPath.root().field("date"), "l’avenant n° " + avenant.numero() + " n’a pas de date de signature",
                    "écrivez « date: AAAA-MM-JJ », le jour de la signature");
            return;
        }
        Periode periode = contexte.base().periode();
        if (!periode.contains(date)) {
            rapport.error(YamlPath.root().field("date"),
                    "l’avenant est signé le " + FrenchDates.shortForm(date) + ", hors de la période de la convention (du "
                    + FrenchDates.shortForm(periode.debut()) + " au " + FrenchDates.shortForm(periode.fin()) + ")",
                    "un avenant se signe pendant que la convention est en vigueur ; après sa fin, il faut une nouvelle convention");
            return;
        }
        Signature signature = contexte.convention().signature();
        if (signature != null && signature.date() != null && date.isBefore(signature.date())) {
            rapport.error(YamlPath.root().field("date"),
                    "l’avenant est signé le " + FrenchDates.shortForm(date) + ", avant la convention elle-même (signée le "
                    + FrenchDates.shortForm(signature.date()) + ")", "vérifiez la date de l’avenant",
                    rapport.label(contexte.conventionSources(), YamlPath.root().field("signature").field("date"), "signature de la convention"));
            return;
        }
        if (!contexte.precedents().isEmpty()) {
            Avenant precedent = contexte.precedents().get(contexte.precedents().size() - 1);
            if (precedent.date() != null && date.isBefore(precedent.date())) {
                rapport.error(YamlPath.root().field("date"), "l’avenant n° " + avenant.numero() + " est signé le " + FrenchDates.shortForm(date)
                        + ", avant l’avenant n° " + precedent.numero() + " (signé le " + FrenchDates.shortForm(precedent.date()) + ")",
                        "vérifiez les dates, ou l’ordre des numéros des avenants");
            }
        }
    }
}
