package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Axe;
import fr.ctg.model.Convention;
import fr.ctg.model.FicheAction;
import fr.ctg.model.NumeroFiche;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A fiche whose axis does not exist, or listed by another axis, is CTG-FICHE-AXE's to report. */
@CtgRule(code = "CTG-FICHE-ORPHELINE", resume = "Chaque fiche action est listée par son axe.")
public final class FicheOrpheline implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Set<Integer> numerosAxes = convention.axes().stream().map(Axe::numero).collect(Collectors.toSet());
        Set<String> listees = convention.axes().stream().flatMap(a -> a.fiches().stream()).map(String::strip).collect(Collectors.toSet());
        List<FicheAction> fiches = convention.fichesActions();
        for (int i = 0; i < fiches.size(); i++) {
            String numero = fiches.get(i).numero().strip();
            Optional<NumeroFiche> lu = NumeroFiche.read(numero);
            if (lu.isPresent() && numerosAxes.contains(lu.get().axe()) && !listees.contains(numero)) {
                rapport.error(YamlPath.root().field("fiches_actions").index(i).field("numero"), "la fiche " + numero + " n’est listée par aucun axe",
                        "ajoutez « " + numero + " » aux « fiches » de l’axe " + lu.get().axe());
            }
        }
    }
}
