package fr.ctg.validate.rules;

import fr.ctg.load.Placeholders;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.DateApproximative;
import fr.ctg.model.shape.RecordShape;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Walks every text of the model, by the same paths as the loader ({@code parties[0].representants[1].nom}).
 * Dates left as placeholders are not texts: the rules on signature, deliberations, axes and actions own them.
 */
@CtgRule(code = "CTG-ESPACE-RESERVE",
        resume = "Aucun texte obligatoire n’est vide ni laissé à compléter (« XXXX », « … », « Prénom NOM », « sa/son »...).",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class EspacesReserves implements Rule<Convention> {

    private static final int LONGUEUR_CITEE = 80;
    private static final int CONTEXTE_CITE = 30;

    @Override
    public void check(Convention convention, Reporter rapport) {
        visitRecord(convention, YamlPath.root(), rapport);
    }

    private void visitRecord(Record valeur, YamlPath chemin, Reporter rapport) {
        for (RecordShape.Component composant : RecordShape.of(valeur.getClass()).components()) {
            visitValue(composant.read(valeur), chemin.field(composant.key()), !composant.nullable(), rapport);
        }
    }

    private void visitValue(@Nullable Object valeur, YamlPath chemin, boolean obligatoire, Reporter rapport) {
        if (valeur instanceof String texte) {
            checkText(texte, chemin, obligatoire, rapport);
        } else if (valeur instanceof List<?> liste) {
            for (int i = 0; i < liste.size(); i++) {
                visitValue(liste.get(i), chemin.index(i), true, rapport);
            }
        } else if (valeur instanceof Record enregistrement && !(valeur instanceof DateApproximative)) {
            visitRecord(enregistrement, chemin, rapport);
        }
    }

    private void checkText(String texte, YamlPath chemin, boolean obligatoire, Reporter rapport) {
        if (texte.isBlank()) {
            if (obligatoire) {
                rapport.errorUnlessDraft(chemin, "le champ « " + chemin.lastKey() + " » est vide",
                        "écrivez sa valeur définitive avant de faire signer la convention");
            }
            return;
        }
        Optional<String> espaceReserve = Placeholders.find(texte);
        if (espaceReserve.isEmpty()) {
            return;
        }
        String trouve = espaceReserve.get();
        String champ = chemin.lastKey();
        String message = texte.strip().equals(trouve)
                ? "le champ « " + champ + " » vaut encore « " + trouve + " », un texte à compléter"
                : "le champ « " + champ + " » contient « " + trouve + " », un texte à compléter : « " + extrait(texte, trouve) + " »";
        rapport.errorUnlessDraft(chemin, message, "remplacez « " + trouve + " » par le texte définitif avant de faire signer la convention");
    }

    /** The text on one line, cut between words around the placeholder when it is long. */
    private static String extrait(String texte, String trouve) {
        String ligne = texte.strip().replaceAll("\\s*\\R\\s*", " ");
        if (ligne.length() <= LONGUEUR_CITEE) {
            return ligne;
        }
        int debut = ligne.indexOf(trouve);
        int de = debut <= CONTEXTE_CITE ? 0 : ligne.lastIndexOf(' ', debut - CONTEXTE_CITE) + 1;
        int finTrouve = debut + trouve.length();
        int apres = ligne.indexOf(' ', Math.min(ligne.length(), finTrouve + CONTEXTE_CITE));
        int a = apres < 0 ? ligne.length() : apres;
        return (de > 0 ? "(...) " : "") + ligne.substring(de, a) + (a < ligne.length() ? " (...)" : "");
    }
}
