package fr.ctg.validate.rules;

import fr.ctg.model.Convention;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;

@CtgRule(code = "CTG-LIGNE-INTITULE", resume = "Une ligne de financement a un libellé ou un dispositif qui la nomme.")
public final class LigneIntitulee implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        FinancementLines.forEach(convention, (chemin, financement, index, ligne) -> {
            if (ligne.intitule().isBlank()) {
                rapport.error(chemin, "la ligne " + (index + 1) + " du financement " + financement.annee() + " de « "
                        + financement.financeur() + " » n’a ni libellé ni dispositif : l’annexe 7 ne peut pas la nommer",
                        "ajoutez « libelle: » ou « dispositif: » (bonus_territoire, psu…)");
            }
        });
    }
}
