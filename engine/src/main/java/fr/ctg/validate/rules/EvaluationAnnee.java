package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Periode;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;

@CtgRule(code = "CTG-EVALUATION-ANNEE", resume = "L’évaluation est déployée pendant une année de la convention.")
public final class EvaluationAnnee implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Integer annee = convention.evaluation().anneeDeploiement();
        Periode periode = convention.periode();
        boolean horsPeriode = annee != null && (annee < periode.debut().getYear() || annee > periode.fin().getYear());
        if (horsPeriode && !periode.fin().isBefore(periode.debut())) {
            rapport.error(YamlPath.root().field("evaluation").field("annee_deploiement"),
                    "l’évaluation serait déployée en " + annee + ", hors des années de la convention (de "
                    + periode.debut().getYear() + " à " + periode.fin().getYear() + ")",
                    "choisissez une année entre " + periode.debut().getYear() + " et " + periode.fin().getYear()
                            + ", en général la dernière, avant le renouvellement");
        }
    }
}
