package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.avenant.AvenantRule;
import fr.ctg.load.YamlPath;
import fr.ctg.model.avenant.Modification;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@CtgRule(code = "CTG-AVENANT-MODIFICATION",
        resume = "Un avenant apporte au moins une modification, et chaque modification est d’un seul type (prolongation, ajout_fiches…).")
public final class ModificationAvenant implements AvenantRule {

    static final String TYPES = Arrays.stream(Modification.Kind.values()).map(Modification.Kind::yaml).collect(Collectors.joining(", "));

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        List<Modification> modifications = contexte.avenant().modifications();
        if (modifications.isEmpty()) {
            rapport.error(YamlPath.root().field("modifications"), "l’avenant n’apporte aucune modification",
                    "ajoutez sous « modifications: » une ligne « - TYPE: » suivie de ses champs ; types possibles : " + TYPES);
        }
        for (int i = 0; i < modifications.size(); i++) {
            List<Modification.Kind> kinds = modifications.get(i).kinds();
            if (kinds.isEmpty()) {
                rapport.error(YamlPath.root().field("modifications").index(i), "la modification " + (i + 1) + " ne dit pas de quel type elle est",
                        "commencez-la par l’un des types : " + TYPES);
            } else if (kinds.size() > 1) {
                rapport.error(YamlPath.root().field("modifications").index(i), "la modification " + (i + 1) + " mêle plusieurs types ("
                        + kinds.stream().map(Modification.Kind::yaml).collect(Collectors.joining(", ")) + ")",
                        "écrivez une modification par type, chacune précédée de « - »");
            }
        }
    }
}
