package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.FicheAction;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@CtgRule(code = "CTG-FICHE-DOUBLE", resume = "Chaque fiche action a un numéro qui lui est propre.")
public final class FicheUnique implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<FicheAction> fiches = convention.fichesActions();
        Map<String, Integer> premieres = new HashMap<>();
        for (int i = 0; i < fiches.size(); i++) {
            String numero = fiches.get(i).numero().strip();
            Integer premiere = premieres.putIfAbsent(numero, i);
            if (premiere != null) {
                YamlPath cheminPremiere = YamlPath.root().field("fiches_actions").index(premiere).field("numero");
                rapport.error(YamlPath.root().field("fiches_actions").index(i).field("numero"), "le numéro de fiche " + numero
                        + " est déjà celui de la fiche « " + fiches.get(premiere).titre() + " » (ligne " + rapport.position(cheminPremiere).line() + ")",
                        "donnez à cette fiche le numéro suivant de son axe",
                        rapport.label(cheminPremiere, "première fiche numérotée " + numero));
            }
        }
    }
}
