package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.model.Genre;
import fr.ctg.model.Votes;
import fr.ctg.text.Agreement;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.List;

@CtgRule(code = "CTG-VOTES", resume = "Les votes d’une délibération s’additionnent : votants = présents + pouvoirs ≤ en exercice ;"
        + " pour + contre + abstentions = votants.")
public final class VotesDeliberation implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        List<Deliberation> deliberations = convention.deliberations();
        for (int i = 0; i < deliberations.size(); i++) {
            Votes votes = deliberations.get(i).votes();
            if (votes == null) {
                continue;
            }
            YamlPath chemin = YamlPath.root().field("deliberations").index(i).field("votes");
            String deliberation = "la délibération " + DeliberationNames.author(convention, deliberations.get(i));
            int presentsEtPouvoirs = votes.presents() + votes.pouvoirsOuZero();
            if (votes.votants() != presentsEtPouvoirs) {
                rapport.error(chemin.field("votants"), deliberation + " compte " + nombre(votes.votants(), "votant") + ", alors que "
                        + nombre(votes.presents(), "présent") + " et " + nombre(votes.pouvoirsOuZero(), "pouvoir") + " en font "
                        + presentsEtPouvoirs,
                        "écrivez « votants: " + presentsEtPouvoirs + " », ou corrigez les présents ou les pouvoirs",
                        rapport.label(chemin.field("presents"), "les présents"));
            } else if (votes.votants() > votes.enExercice()) {
                rapport.error(chemin.field("votants"), deliberation + " compte " + nombre(votes.votants(), "votant")
                        + " pour " + nombre(votes.enExercice(), "membre") + " en exercice",
                        "un conseil ne compte pas plus de votants que de membres en exercice : corrigez l’un ou l’autre",
                        rapport.label(chemin.field("en_exercice"), "les membres en exercice"));
            }
            int exprimes = votes.pour() + votes.contreOuZero() + votes.abstentionsOuZero();
            if (exprimes != votes.votants()) {
                rapport.error(chemin.field("pour"), deliberation + " compte " + votes.pour() + " pour, " + votes.contreOuZero()
                        + " contre et " + nombre(votes.abstentionsOuZero(), "abstention") + ", soit " + exprimes + " voix pour "
                        + nombre(votes.votants(), "votant"),
                        "les voix pour, contre et les abstentions font le nombre de votants : corrigez l’un des nombres",
                        rapport.label(chemin.field("votants"), "les votants"));
            }
        }
    }

    /** "1 votant", "28 votants", "0 abstention". */
    private static String nombre(int n, String nom) {
        return n + " " + Agreement.agree(nom, Genre.MASCULIN, n);
    }
}
