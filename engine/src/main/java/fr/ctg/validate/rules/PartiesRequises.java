package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.model.TypePartie;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.Arrays;
import java.util.List;

@CtgRule(code = "CTG-PARTIES", resume = "Une CTG est signée par au moins une Caf et au moins une collectivité.")
public final class PartiesRequises implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        if (convention.parties().stream().noneMatch(p -> p.type() == TypePartie.CAF)) {
            rapport.error(YamlPath.root().field("parties"), "aucune partie n’est une Caf (type caf) : une CTG est toujours signée par une Caf",
                    "ajoutez la Caf aux « parties », avec « type: caf »");
        }
        if (convention.parties().stream().map(Partie::type).noneMatch(TypePartie::isCollectivity)) {
            List<String> types = Arrays.stream(TypePartie.values()).filter(TypePartie::isCollectivity).map(TypePartie::yaml).toList();
            String collectivites = String.join(", ", types.subList(0, types.size() - 1)) + " ou " + types.get(types.size() - 1);
            rapport.error(YamlPath.root().field("parties"), "aucune partie n’est une collectivité (type " + collectivites
                    + ") : une CTG engage au moins une collectivité",
                    "ajoutez la collectivité signataire aux « parties », ou corrigez le « type » de la partie qui en est une");
        }
    }
}
