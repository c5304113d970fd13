package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.model.TypePartie;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;
import java.util.Locale;

@CtgRule(code = "CTG-NOM-CAF", resume = "Une Caf porte son nom officiel : « Caisse d’allocations familiales de ... ».",
        severity = RuleSeverity.WARNING)
public final class NomCaf implements Rule<Convention> {

    private static final String NOM_OFFICIEL = "Caisse d’allocations familiales";
    private static final String FORME_FAUTIVE = "caisse des allocations familiales";

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Partie> parties = convention.parties();
        for (int i = 0; i < parties.size(); i++) {
            Partie partie = parties.get(i);
            String nom = partie.nom().strip();
            String normalise = nom.replace('\'', '’').toLowerCase(Locale.FRENCH);
            if (partie.type() != TypePartie.CAF || normalise.startsWith(NOM_OFFICIEL.toLowerCase(Locale.FRENCH))) {
                continue;
            }
            String hint = normalise.startsWith(FORME_FAUTIVE)
                    ? "écrivez « " + NOM_OFFICIEL + nom.substring(FORME_FAUTIVE.length()) + " »"
                    : "faites commencer le nom par « " + NOM_OFFICIEL + " », par exemple « " + NOM_OFFICIEL + " des Alpes-de-Haute-Provence »";
            rapport.warning(YamlPath.root().field("parties").index(i).field("nom"),
                    "le nom « " + nom + " » n’est pas le nom officiel d’une Caf, qui commence par « "
                    + NOM_OFFICIEL + " »", hint);
        }
    }
}
