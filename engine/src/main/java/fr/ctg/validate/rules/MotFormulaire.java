package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.regex.Pattern;

/**
 * The label of a form's box left where its value goes (« GESTIONNAIRE », « ADRESSE », « NOM »), in the parties
 * and in the equipment of annex 2, the two places filled in from forms. Only these words in capitals count: a
 * name in capitals (« COM COM PAYS FORCALQUIER ») is ordinary. « Prénom NOM » is reported by CTG-ESPACE-RESERVE.
 */
@CtgRule(code = "CTG-MOT-FORMULAIRE",
        resume = "Les parties et les équipements ne gardent aucun intitulé de formulaire en capitales (« GESTIONNAIRE », « ADRESSE », « NOM »).",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class MotFormulaire implements Rule<Convention> {

    private static final Pattern MOT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:NOM|PR[EÉ]NOM|ADRESSE|GESTIONNAIRE|QUALIT[EÉ]|FONCTION|CIVILIT[EÉ]|SIGNATAIRE|PARTENAIRE)(?![\\p{L}\\p{N}])");

    @Override
    public void check(Convention convention, Reporter rapport) {
        ModelTexts.Visitor visitor = (texte, chemin, obligatoire) ->
                ModelTexts.firstMatchBesidePlaceholders(MOT, texte).ifPresent(trouve -> report(texte, trouve, chemin, rapport));
        ModelTexts.walkAll(convention.parties(), YamlPath.root().field("parties"), visitor);
        ModelTexts.walkAll(convention.equipements(), YamlPath.root().field("equipements"), visitor);
    }

    private static void report(String texte, String trouve, YamlPath chemin, Reporter rapport) {
        String champ = chemin.lastKey();
        String message = texte.strip().equals(trouve)
                ? "le champ « " + champ + " » vaut « " + trouve + " », l’intitulé d’une case de formulaire et non sa valeur"
                : "le champ « " + champ + " » contient « " + trouve + " », l’intitulé d’une case de formulaire et non sa valeur : « "
                        + texte.strip() + " »";
        rapport.errorUnlessDraft(chemin, message, "remplacez « " + trouve + " » par la valeur définitive avant de faire signer la convention");
    }
}
