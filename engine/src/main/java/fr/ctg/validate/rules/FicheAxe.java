package fr.ctg.validate.rules;

import fr.ctg.load.Placeholders;
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
import java.util.TreeSet;
import java.util.stream.Collectors;

@CtgRule(code = "CTG-FICHE-AXE",
        resume = "Une fiche action est numérotée « AXE.N », d’après un axe qui existe et qui la liste.")
public final class FicheAxe implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Set<Integer> numerosAxes = convention.axes().stream().map(Axe::numero).collect(Collectors.toCollection(TreeSet::new));
        List<FicheAction> fiches = convention.fichesActions();
        for (int i = 0; i < fiches.size(); i++) {
            String numero = fiches.get(i).numero();
            YamlPath chemin = YamlPath.root().field("fiches_actions").index(i).field("numero");
            Optional<NumeroFiche> lu = NumeroFiche.read(numero);
            if (lu.isEmpty()) {
                if (!numero.isBlank() && Placeholders.find(numero).isEmpty()) {
                    String corrige = numero.strip().replaceAll("\\D+", ".");
                    rapport.error(chemin, "le numéro de fiche « " + numero + " » n’a pas la forme AXE.N", NumeroFiche.read(corrige).isPresent()
                            ? "écrivez « " + corrige + " »"
                            : "écrivez le numéro de l’axe, un point et le rang de la fiche, par exemple « 1.1 »");
                }
            } else if (!numerosAxes.contains(lu.get().axe())) {
                rapport.error(chemin, "la fiche " + numero + " se rattache à l’axe " + lu.get().axe() + ", qui n’existe pas",
                        "axes existants : " + numerosAxes.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
        }
        List<Axe> axes = convention.axes();
        for (int i = 0; i < axes.size(); i++) {
            Axe axe = axes.get(i);
            for (int j = 0; j < axe.fiches().size(); j++) {
                String numero = axe.fiches().get(j);
                Optional<NumeroFiche> lu = NumeroFiche.read(numero);
                if (lu.isPresent() && lu.get().axe() != axe.numero()) {
                    rapport.error(YamlPath.root().field("axes").index(i).field("fiches").index(j),
                            "l’axe " + axe.numero() + " liste la fiche " + numero
                            + ", dont le numéro la rattache à l’axe " + lu.get().axe(),
                            "déplacez « " + numero + " » dans les fiches de l’axe " + lu.get().axe() + ", ou renumérotez la fiche en « "
                                    + axe.numero() + "." + lu.get().rang() + " »");
                }
            }
        }
    }
}
