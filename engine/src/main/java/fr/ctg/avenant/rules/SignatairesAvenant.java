package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Partie;
import fr.ctg.model.avenant.AjoutPartie;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@CtgRule(code = "CTG-AVENANT-SIGNATAIRES",
        resume = "Un avenant est signé par toutes les parties de la convention et par celles qu’il ajoute, chacune déclarée par « ajout_partie ».")
public final class SignatairesAvenant implements Rule<AvenantContext> {

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        Avenant avenant = contexte.avenant();
        List<String> parties = contexte.base().parties().stream().map(Partie::id).toList();
        List<String> ajoutees = avenant.partiesAjoutees().stream().map(Partie::id).toList();
        List<String> signataires = avenant.signataires();
        Map<String, Integer> premiers = new HashMap<>();
        for (int i = 0; i < signataires.size(); i++) {
            String id = signataires.get(i);
            Integer premier = premiers.putIfAbsent(id, i);
            if (premier != null) {
                rapport.error(YamlPath.root().field("signataires").index(i), "la partie « " + id + " » est citée deux fois parmi les signataires",
                        "supprimez la seconde", rapport.label(YamlPath.root().field("signataires").index(premier), "première mention de « " + id + " »"));
            } else if (!parties.contains(id) && !ajoutees.contains(id)) {
                rapport.error(YamlPath.root().field("signataires").index(i),
                        "« " + id + " » n’est ni une partie de la convention ni une partie ajoutée par l’avenant",
                        "parties possibles : " + String.join(", ", parties) + (ajoutees.isEmpty() ? "" : ", " + String.join(", ", ajoutees)));
            }
        }
        for (String id : parties) {
            if (!signataires.contains(id)) {
                rapport.error(YamlPath.root().field("signataires"), "la partie « " + id + " » de la convention ne signe pas l’avenant",
                        "un avenant est signé par toutes les parties de la convention : ajoutez « " + id + " » aux signataires");
            }
        }
        Set<String> declarees = avenant.modifications().stream()
                .flatMap(m -> m instanceof AjoutPartie ajout ? Stream.of(ajout.reference().partie()) : Stream.empty())
                .collect(Collectors.toSet());
        for (int i = 0; i < ajoutees.size(); i++) {
            String id = ajoutees.get(i);
            if (parties.contains(id)) {
                rapport.error(YamlPath.root().field("parties_ajoutees").index(i).field("id"),
                        "la partie « " + id + " » est déjà partie à la convention",
                        "retirez-la de « parties_ajoutees » ou donnez-lui un autre identifiant");
            } else if (!signataires.contains(id)) {
                rapport.error(YamlPath.root().field("parties_ajoutees").index(i).field("id"),
                        "la partie ajoutée « " + id + " » ne signe pas l’avenant",
                        "ajoutez « " + id + " » aux signataires");
            }
            if (!declarees.contains(id)) {
                rapport.error(YamlPath.root().field("parties_ajoutees").index(i).field("id"),
                        "aucune modification « ajout_partie » ne fait entrer « " + id + " » dans la convention",
                        "ajoutez la modification « - ajout_partie: {partie: " + id + "} »");
            }
        }
    }
}
