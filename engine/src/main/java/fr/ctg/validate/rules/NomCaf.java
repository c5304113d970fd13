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
import java.util.regex.Pattern;

@CtgRule(code = "CTG-NOM-CAF", resume = "Une Caf porte son nom officiel : « Caisse d’allocations familiales de/du/des ... ».",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class NomCaf implements Rule<Convention> {

    private static final String NOM_OFFICIEL = "Caisse d’allocations familiales";
    private static final String FORME_FAUTIVE = "caisse des allocations familiales";
    /** The official name, then the territory introduced by « de », « du », « des » or « d’ » (capitals accepted). */
    private static final Pattern OFFICIEL = Pattern.compile("(?iu)caisse d’allocations familiales (?:de |du |des |d’)\\S.*");

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Partie> parties = convention.parties();
        for (int i = 0; i < parties.size(); i++) {
            Partie partie = parties.get(i);
            String nom = partie.nom().strip();
            String normalise = nom.replace('\'', '’').toLowerCase(Locale.FRENCH);
            if (partie.type() != TypePartie.CAF || OFFICIEL.matcher(normalise).matches()) {
                continue;
            }
            String hint;
            if (normalise.startsWith(FORME_FAUTIVE)) {
                hint = "écrivez « " + NOM_OFFICIEL + nom.substring(FORME_FAUTIVE.length()) + " »";
            } else if (normalise.startsWith(NOM_OFFICIEL.toLowerCase(Locale.FRENCH))) {
                hint = "nommez le territoire après « " + NOM_OFFICIEL + " », par exemple « " + NOM_OFFICIEL + " des Alpes-de-Haute-Provence »";
            } else {
                hint = "faites commencer le nom par « " + NOM_OFFICIEL + " », par exemple « " + NOM_OFFICIEL + " des Alpes-de-Haute-Provence »";
            }
            rapport.errorUnlessDraft(YamlPath.root().field("parties").index(i).field("nom"),
                    "le nom « " + nom + " » n’est pas le nom officiel d’une Caf, « " + NOM_OFFICIEL + " de/du/des … »", hint);
        }
    }
}
