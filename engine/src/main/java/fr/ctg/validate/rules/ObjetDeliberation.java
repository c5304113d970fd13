package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.text.DeliberationObjects;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;
import java.util.Optional;

@CtgRule(code = "CTG-DELIBERATION-OBJET", resume = "L’objet d’une délibération se lit à la suite de son visa, pas comme une phrase.",
        severity = RuleSeverity.WARNING)
public final class ObjetDeliberation implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Deliberation> deliberations = convention.deliberations();
        for (int i = 0; i < deliberations.size(); i++) {
            String objet = deliberations.get(i).objet();
            Optional<String> phrase = objet == null ? Optional.empty() : DeliberationObjects.sentenceLike(objet);
            if (phrase.isPresent()) {
                rapport.warning(YamlPath.root().field("deliberations").index(i).field("objet"),
                        "l’objet de la délibération " + DeliberationNames.author(convention, deliberations.get(i)) + " "
                        + phrase.get() + " : le visa le reprend après la date (« en date du … " + objet.strip() + " »)",
                        "écrivez le titre de la délibération (« Approbation de la convention territoriale globale »)"
                        + " ou son objet introduit par « portant », « concernant » ou « autorisant »");
            }
        }
    }
}
