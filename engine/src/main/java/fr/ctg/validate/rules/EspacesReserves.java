package fr.ctg.validate.rules;

import fr.ctg.load.Placeholders;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.Optional;

/** Looks at every text of the model ({@link ModelTexts}). */
@CtgRule(code = "CTG-ESPACE-RESERVE",
        resume = "Aucun texte obligatoire n’est vide ni laissé à compléter (« XXXX », « … », « Prénom NOM », « sa/son »...).",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class EspacesReserves implements Rule<Convention> {

    private static final int LONGUEUR_CITEE = 80;
    private static final int CONTEXTE_CITE = 30;

    @Override
    public void check(Convention convention, Reporter rapport) {
        ModelTexts.walk(convention, YamlPath.root(), (texte, chemin, obligatoire) -> checkText(texte, chemin, obligatoire, rapport));
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
