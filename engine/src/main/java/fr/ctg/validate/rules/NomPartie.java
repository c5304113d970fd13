package fr.ctg.validate.rules;

import fr.ctg.load.Placeholders;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Names left unfinished in published conventions: « Commune de », « Commune de , », printed as « la Commune de ,
 * représentée par… » in the parties, the visas, the signatures and annex 6. A Caf's name is CTG-NOM-CAF's.
 */
@CtgRule(code = "CTG-NOM-PARTIE", resume = "Le nom d’une partie est entier : ni son seul type (« Commune »), ni arrêté sur « de » ou une virgule.",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class NomPartie implements Rule<Convention> {

    /** A name that stops on a preposition or a comma: « Commune de », « Commune de , », « Communauté de communes du ». */
    private static final Pattern INACHEVE = Pattern.compile("(?iu)(?:(?:^|\\s)(?:de|du|des|d[’'])\\s*[,;]?|[,;])\\s*$");
    private static final Pattern DERNIERS_MOTS = Pattern.compile("(?u)\\S+\\s*[,;]?\\s*$");
    private static final Set<String> TYPES = Set.of("commune", "communes", "communauté de communes", "communauté d’agglomération",
            "communauté urbaine", "métropole", "syndicat", "syndicat intercommunal", "mutualité sociale agricole", "département", "conseil départemental");

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Partie> parties = convention.parties();
        for (int i = 0; i < parties.size(); i++) {
            Partie partie = parties.get(i);
            YamlPath chemin = YamlPath.root().field("parties").index(i);
            checkName(partie.nom(), chemin.field("nom"), true, rapport);
            checkName(partie.designation(), chemin.field("designation"), false, rapport);
            checkName(partie.nomCourt(), chemin.field("nom_court"), false, rapport);
        }
    }

    /** The type alone is checked on the full name only: « la Caf » is a good short name. */
    private static void checkName(@Nullable String nom, YamlPath chemin, boolean typeSeulInterdit, Reporter rapport) {
        if (nom == null || nom.isBlank() || Placeholders.find(nom).isPresent()) {
            return;
        }
        String champ = chemin.lastKey();
        String hint = "écrivez le nom entier de la partie (« Commune de Limans », pas « Commune de ») avant de faire signer la convention";
        if (INACHEVE.matcher(nom).find()) {
            Matcher fin = DERNIERS_MOTS.matcher(nom.strip());
            String arret = fin.find() ? fin.group().strip() : nom.strip();
            rapport.errorUnlessDraft(chemin, "le champ « " + champ + " » vaut « " + nom.strip() + " », un nom inachevé qui s’arrête sur « "
                    + arret + " »", hint);
        } else if (typeSeulInterdit && TYPES.contains(nom.strip().replace('\'', '’').toLowerCase(Locale.FRENCH))) {
            rapport.errorUnlessDraft(chemin, "le champ « " + champ + " » vaut « " + nom.strip() + " », le seul type de la partie sans son nom propre",
                    hint);
        }
    }
}
