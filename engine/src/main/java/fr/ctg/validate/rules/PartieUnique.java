package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@CtgRule(code = "CTG-PARTIE-DOUBLE", resume = "Chaque partie a un identifiant qui lui est propre.")
public final class PartieUnique implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Partie> parties = convention.parties();
        Map<String, Integer> premiers = new HashMap<>();
        for (int i = 0; i < parties.size(); i++) {
            Integer premier = premiers.putIfAbsent(parties.get(i).id(), i);
            if (premier != null) {
                YamlPath cheminPremier = YamlPath.root().field("parties").index(premier).field("id");
                String id = parties.get(i).id();
                rapport.error(YamlPath.root().field("parties").index(i).field("id"), "l’identifiant « " + id + " » est déjà celui de « "
                        + parties.get(premier).nom() + " » (ligne " + rapport.position(cheminPremier).line() + ")",
                        "donnez à chaque partie un identifiant différent",
                        rapport.label(cheminPremier, "première déclaration de « " + id + " » ici"));
            }
        }
    }
}
