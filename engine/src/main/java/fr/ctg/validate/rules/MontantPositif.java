package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.FicheAction;
import fr.ctg.model.Financement;
import fr.ctg.text.FrenchAmounts;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

@CtgRule(code = "CTG-MONTANT-NEGATIF", resume = "Aucun montant de financement ni budget de fiche n’est négatif.")
public final class MontantPositif implements Rule<Convention> {

    private static final String HINT = "écrivez le montant sans signe moins";

    @Override
    public void check(Convention convention, Reporter rapport) {
        FinancementLines.forEach(convention, (chemin, financement, index, ligne) -> checkAmount(rapport, chemin.field("montant"),
                ligne.montant(), "le montant de la ligne « " + ligne.intitule() + " »"));
        List<Financement> financements = convention.financements();
        for (int i = 0; i < financements.size(); i++) {
            checkAmount(rapport, YamlPath.root().field("financements").index(i).field("total"), financements.get(i).total(),
                    "le total du financement " + financements.get(i).annee() + " de « " + financements.get(i).financeur() + " »");
        }
        List<FicheAction> fiches = convention.fichesActions();
        for (int i = 0; i < fiches.size(); i++) {
            checkAmount(rapport, YamlPath.root().field("fiches_actions").index(i).field("budget"),
                    fiches.get(i).budget(), "le budget de la fiche " + fiches.get(i).numero());
        }
    }

    private static void checkAmount(Reporter rapport, YamlPath chemin, @Nullable BigDecimal montant, String quoi) {
        if (montant != null && montant.signum() < 0) {
            rapport.error(chemin, quoi + " est négatif (" + FrenchAmounts.euros(montant) + ")", HINT);
        }
    }
}
