package fr.ctg.validate.rules;

import fr.ctg.load.Placeholders;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Axe;
import fr.ctg.model.Convention;
import fr.ctg.model.FicheAction;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@CtgRule(code = "CTG-FICHE-MANQUANTE", resume = "Chaque fiche qu’un axe liste existe dans les fiches actions.",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class FicheManquante implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Set<String> existantes = convention.fichesActions().stream().map(f -> f.numero().strip()).collect(Collectors.toSet());
        List<Axe> axes = convention.axes();
        for (int i = 0; i < axes.size(); i++) {
            Axe axe = axes.get(i);
            for (int j = 0; j < axe.fiches().size(); j++) {
                String numero = axe.fiches().get(j).strip();
                if (!existantes.contains(numero) && !numero.isBlank() && Placeholders.find(numero).isEmpty()) {
                    rapport.errorUnlessDraft(YamlPath.root().field("axes").index(i).field("fiches").index(j),
                            "l’axe " + axe.numero() + " liste la fiche " + numero
                            + ", qui n’existe pas dans « fiches_actions »",
                            "ajoutez la fiche " + numero + " à « fiches_actions », ou retirez-la de l’axe " + axe.numero());
                }
            }
        }
    }
}
