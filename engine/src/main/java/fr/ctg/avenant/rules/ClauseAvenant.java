package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Clauses;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.avenant.RemplacementArticle;
import fr.ctg.model.avenant.RemplacementParagraphe;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.List;
import java.util.Optional;

/**
 * The articles and paragraphs an avenant rewrites exist in the convention's composed text, named by the clause ids of
 * its templates. A paragraph named by its rank, the older form, is still understood, with a warning giving its id.
 * Without a composed text (a template error, reported by {@code generer}), only the form of the ids is checked.
 */
@CtgRule(code = "CTG-AVENANT-CLAUSE",
        resume = "Un article ou un paragraphe que l’avenant remplace existe dans le texte de la convention, désigné par son identifiant"
                + " (article-8-al-2) ; la désignation par rang est signalée.",
        severity = {RuleSeverity.ERROR, RuleSeverity.WARNING})
public final class ClauseAvenant implements Rule<AvenantContext> {

    private static final String LISTE = "« ctg articles DOSSIER » liste les identifiants des articles et des paragraphes";

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        Optional<Clauses> clauses = contexte.clauses();
        List<Modification> modifications = contexte.avenant().modifications();
        for (int i = 0; i < modifications.size(); i++) {
            YamlPath chemin = YamlPath.root().field("modifications").index(i).field(modifications.get(i).type());
            if (modifications.get(i) instanceof RemplacementArticle remplacement && clauses.isPresent()) {
                articleExiste(remplacement.article(), chemin.field("article"), clauses.get(), rapport);
            } else if (modifications.get(i) instanceof RemplacementParagraphe remplacement) {
                check(remplacement, chemin, clauses, rapport);
            }
        }
    }

    private static void check(RemplacementParagraphe remplacement, YamlPath chemin, Optional<Clauses> known, Reporter rapport) {
        if (!remplacement.byRank()) {
            String clause = remplacement.clause();
            if (Clauses.paragraphNumbers(clause).isEmpty()) {
                rapport.error(chemin.field("clause"), "« " + clause + " » n’est pas l’identifiant d’un paragraphe",
                        "un paragraphe s’écrit « article-N-al-K » ; " + LISTE);
            } else if (known.isPresent() && !known.get().contains(clause)) {
                rapport.error(chemin.field("clause"), "la convention n’a pas de paragraphe « " + clause + " »",
                        paragraphsHint(clause, known.get()));
            }
            return;
        }
        if (remplacement.article() == null || remplacement.paragraphe() == null) {
            rapport.error(chemin, "le paragraphe remplacé n’est pas désigné", "écrivez « clause: article-N-al-K » ; " + LISTE);
            return;
        }
        if (known.isEmpty()) {
            return;
        }
        Clauses clauses = known.get();
        int article = remplacement.article();
        if (!articleExiste(article, chemin.field("article"), clauses, rapport)) {
            return;
        }
        Optional<String> id = clauses.paragraphAtRank(article, remplacement.paragraphe());
        if (id.isEmpty()) {
            List<String> paragraphes = clauses.paragraphsOf(article);
            rapport.error(chemin.field("paragraphe"), "l’article " + article + " n’a pas de paragraphe " + remplacement.paragraphe()
                    + " (il en compte " + paragraphes.size() + ")", "écrivez plutôt l’identifiant du paragraphe : "
                    + String.join(", ", paragraphes));
        } else {
            rapport.warning(chemin.field("paragraphe"), "le paragraphe est désigné par son rang (le " + remplacement.paragraphe()
                    + (remplacement.paragraphe() == 1 ? "er" : "e") + " de l’article " + article + "), qui change si le texte change",
                    "écrivez « clause: " + id.get() + " » à la place de « article » et « paragraphe »");
        }
    }

    private static boolean articleExiste(int article, YamlPath chemin, Clauses clauses, Reporter rapport) {
        if (clauses.hasArticle(article)) {
            return true;
        }
        List<Integer> articles = clauses.articles();
        rapport.error(chemin, "la convention n’a pas d’article " + article, articles.isEmpty() ? LISTE
                : "les articles sont numérotés de " + articles.get(0) + " à " + articles.get(articles.size() - 1));
        return false;
    }

    private static String paragraphsHint(String clause, Clauses clauses) {
        Optional<int[]> numbers = Clauses.paragraphNumbers(clause);
        List<String> paragraphes = numbers.map(n -> clauses.paragraphsOf(n[0])).orElse(List.of());
        return paragraphes.isEmpty() ? LISTE
                : "paragraphes de l’article " + numbers.get()[0] + " : " + String.join(", ", paragraphes);
    }
}
