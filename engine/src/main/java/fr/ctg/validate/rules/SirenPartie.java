package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.List;

@CtgRule(code = "CTG-SIREN", resume = "Le SIREN d’une partie compte 9 chiffres et sa clé de contrôle (formule de Luhn) est juste.")
public final class SirenPartie implements Rule<Convention> {

    private static final String RECOPIEZ = "recopiez le SIREN de l’avis de situation au répertoire SIRENE (annuaire-entreprises.data.gouv.fr)";

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Partie> parties = convention.parties();
        for (int i = 0; i < parties.size(); i++) {
            String siren = parties.get(i).siren();
            if (siren == null) {
                continue;
            }
            YamlPath chemin = YamlPath.root().field("parties").index(i).field("siren");
            if (!Siren.hasNineDigits(siren)) {
                rapport.error(chemin, "le SIREN « " + siren + " » de « " + parties.get(i).nom() + " » n’a pas 9 chiffres", RECOPIEZ);
            } else if (!Siren.isValid(siren)) {
                rapport.error(chemin, "le SIREN « " + siren + " » de « " + parties.get(i).nom() + " » n’existe pas : sa clé de contrôle est fausse",
                        RECOPIEZ);
            }
        }
    }
}
