package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Axe;
import fr.ctg.model.Convention;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@CtgRule(code = "CTG-AXE-DOUBLE", resume = "Chaque axe du plan d’actions a un numéro qui lui est propre.")
public final class AxeUnique implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Axe> axes = convention.axes();
        Map<Integer, Integer> premiers = new HashMap<>();
        for (int i = 0; i < axes.size(); i++) {
            Integer premier = premiers.putIfAbsent(axes.get(i).numero(), i);
            if (premier != null) {
                YamlPath cheminPremier = YamlPath.root().field("axes").index(premier).field("numero");
                rapport.error(YamlPath.root().field("axes").index(i).field("numero"), "le numéro d’axe " + axes.get(i).numero()
                        + " est déjà celui de l’axe « " + axes.get(premier).titre() + " » (ligne " + rapport.position(cheminPremier).line() + ")",
                        "numérotez les axes 1, 2, 3... sans doublon",
                        rapport.label(cheminPremier, "premier axe numéroté " + axes.get(i).numero()));
            }
        }
    }
}
