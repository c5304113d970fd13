package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A choice the model's author left open in the parties (« Présidente/Président/Maire »). Only the parties are
 * read: elsewhere a slash is ordinary prose (« accès aux droits / jeunes adultes », « et/ou »). The
 * alternatives {@link fr.ctg.load.Placeholders} knows (« sa/son », « Madame/Monsieur ») are reported by CTG-ESPACE-RESERVE.
 */
@CtgRule(code = "CTG-ALTERNATIVE", resume = "Les parties ne gardent aucun choix à trancher écrit avec une barre (« Présidente/Président/Maire »).",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class AlternativeBarre implements Rule<Convention> {

    /**
     * The choice is group 1. A word is read whole, possessively, and only from the start of a run of word characters:
     * a word can only end before the slash, so retrying from inside it found nothing more, and made a 2-million-character
     * « l’l’l’… » take minutes (each start rescanned the rest of the word).
     */
    private static final Pattern ALTERNATIVE = Pattern.compile(
            "(?u)(?<![\\p{L}’'.-])[’'.-]*+(\\p{L}[\\p{L}’'.-]*+(?:\\s?/\\s?\\p{L}[\\p{L}’'.-]*+)+)");

    @Override
    public void check(Convention convention, Reporter rapport) {
        ModelTexts.walkAll(convention.parties(), YamlPath.root().field("parties"), (texte, chemin, obligatoire) ->
                ModelTexts.firstMatchBesidePlaceholders(ALTERNATIVE, texte).ifPresent(trouvee -> report(trouvee, chemin, rapport)));
    }

    private static void report(String trouvee, YamlPath chemin, Reporter rapport) {
        List<String> termes = Arrays.stream(trouvee.split("\\s?/\\s?")).map(t -> "« " + t + " »").toList();
        String choix = String.join(", ", termes.subList(0, termes.size() - 1)) + " ou " + termes.get(termes.size() - 1);
        rapport.errorUnlessDraft(chemin, "le champ « " + chemin.lastKey() + " » laisse un choix à trancher : « " + trouvee + " »",
                "gardez seulement ce qui convient (" + choix + ") avant de faire signer la convention");
    }
}
