package fr.ctg.validate.rules;

import fr.ctg.load.Placeholders;
import fr.ctg.load.Suggestions;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Axe;
import fr.ctg.model.Convention;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.List;

@CtgRule(code = "CTG-DOMAINE", resume = "Les domaines d’un axe sont pris dans la liste nationale des domaines d’une CTG.")
public final class DomaineNational implements Rule<Convention> {

    static final List<String> DOMAINES = List.of("petite enfance", "enfance", "jeunesse", "parentalité",
            "accès aux droits et aux services", "inclusion numérique", "animation de la vie sociale", "logement", "handicap",
            "accompagnement social", "coordination territoriale");

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Axe> axes = convention.axes();
        for (int i = 0; i < axes.size(); i++) {
            List<String> domaines = axes.get(i).domaines();
            for (int j = 0; j < domaines.size(); j++) {
                String domaine = domaines.get(j);
                if (DOMAINES.contains(domaine) || domaine.isBlank() || Placeholders.find(domaine).isPresent()) {
                    continue;
                }
                String hint = Suggestions.closest(domaine, DOMAINES).map(s -> "vouliez-vous dire « " + s + " » ?")
                        .orElse("domaines possibles : " + String.join(", ", DOMAINES));
                rapport.error(YamlPath.root().field("axes").index(i).field("domaines").index(j),
                        "« " + domaine + " » n’est pas un domaine de la liste nationale", hint);
            }
        }
    }
}
