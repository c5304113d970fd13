package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.AccuseReception;
import fr.ctg.model.Convention;
import fr.ctg.model.Statut;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;

/** A convention and its avenants go to the préfecture as contracts (CC); a deliberation, DE, is another act. */
@CtgRule(code = "CTG-ACTES-NATURE", resume = "L’accusé de réception d’une convention porte la nature CC, pas DE (celle d’une délibération).")
public final class AccuseNatureConvention implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        AccuseReception accuse = convention.accuseReception();
        if (accuse == null || convention.statut() != Statut.SIGNEE) {
            return; // CTG-ACTES-SIGNEE
        }
        IdentifiantActes.read(accuse.identifiant()).filter(IdentifiantActes::valide).filter(id -> id.nature().equals("DE"))
                .ifPresent(id -> rapport.error(YamlPath.root().field("accuse_reception").field("identifiant"),
                        "l’identifiant « " + accuse.identifiant() + " » est celui d’une délibération (nature DE) : l’accusé de"
                                + " réception d’une convention porte la nature CC",
                        "recopiez l’accusé de réception de la convention elle-même ; celui de la délibération qui l’autorise reste"
                                + " dans le dossier de la délibération"));
    }
}
