package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Financement;
import fr.ctg.model.LigneFinancement;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.List;

@CtgRule(code = "CTG-LIGNE-INTITULE", resume = "Une ligne de financement a un libellé ou un dispositif qui la nomme.")
public final class LigneIntitulee implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Financement> financements = convention.financements();
        for (int i = 0; i < financements.size(); i++) {
            List<LigneFinancement> lignes = financements.get(i).lignes();
            for (int j = 0; j < lignes.size(); j++) {
                if (lignes.get(j).intitule().isBlank()) {
                    rapport.error(YamlPath.root().field("financements").index(i).field("lignes").index(j),
                            "la ligne " + (j + 1) + " du financement " + financements.get(i).annee() + " de « "
                            + financements.get(i).financeur() + " » n’a ni libellé ni dispositif : l’annexe 7 ne peut pas la nommer",
                            "ajoutez « libelle: » ou « dispositif: » (bonus_territoire, psu…)");
                }
            }
        }
    }
}
