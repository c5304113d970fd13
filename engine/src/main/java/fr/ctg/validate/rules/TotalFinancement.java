package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Financement;
import fr.ctg.model.LigneFinancement;
import fr.ctg.text.FrenchAmounts;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.math.BigDecimal;
import java.util.List;

@CtgRule(code = "CTG-TOTAL", resume = "Le total d’un financement est la somme de ses lignes.")
public final class TotalFinancement implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Financement> financements = convention.financements();
        for (int i = 0; i < financements.size(); i++) {
            Financement financement = financements.get(i);
            BigDecimal total = financement.total();
            BigDecimal somme = financement.lignes().stream().map(LigneFinancement::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total != null && total.compareTo(somme) != 0) {
                rapport.error(YamlPath.root().field("financements").index(i).field("total"),
                        "le total du financement " + financement.annee() + " de « "
                        + financement.financeur() + " » (" + FrenchAmounts.euros(total) + ") n’est pas la somme de ses lignes ("
                        + FrenchAmounts.euros(somme) + ")",
                        "écrivez « total: " + somme.toPlainString() + " », ou corrigez le montant d’une ligne");
            }
        }
    }
}
