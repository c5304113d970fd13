package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Clauses;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.ClauseChange;
import fr.ctg.model.avenant.ClauseChange.Target;
import fr.ctg.model.avenant.InsertionArticle;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.avenant.RemplacementArticle;
import fr.ctg.model.avenant.RemplacementParagraphe;
import fr.ctg.model.avenant.Suppression;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clauses an avenant aims at (to replace, insert after or delete them, or to cite the article that provides for
 * avenants) exist in the convention's composed text, named by the clause ids of its templates, and are still there
 * after the changes made before (by earlier avenants, or earlier in the same one). A paragraph named by its rank, or an
 * article by its number, the older forms, are still understood, with a warning giving the id. Without a composed text
 * (a template error, reported by {@code generer}), only the form of the ids is checked.
 */
@CtgRule(code = "CTG-AVENANT-CLAUSE",
        resume = "Un article ou un paragraphe que l’avenant remplace, complète, supprime ou cite existe dans le texte de la convention,"
                + " désigné par son identifiant (article-8-al-2) ; la désignation par rang ou par numéro est signalée.",
        severity = {RuleSeverity.ERROR, RuleSeverity.WARNING})
public final class ClauseAvenant implements Rule<AvenantContext> {

    private static final String LISTE = "« ctg articles DOSSIER » liste les identifiants des articles et des paragraphes";

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        Optional<Clauses> clauses = contexte.clauses();
        Map<String, String> partis = new HashMap<>();
        contexte.precedents().forEach(precedent -> precedent.modifications().forEach(m -> remove(m, precedent, clauses, partis)));
        Avenant avenant = contexte.avenant();
        if (avenant.articleAvenants() != null) {
            checkId(avenant.articleAvenants(), Target.ARTICLE, YamlPath.root().field("article_avenants"), clauses, partis, rapport);
        }
        List<Modification> modifications = avenant.modifications();
        for (int i = 0; i < modifications.size(); i++) {
            Modification m = modifications.get(i);
            YamlPath chemin = YamlPath.root().field("modifications").index(i).field(m.type());
            if (m instanceof RemplacementParagraphe remplacement && remplacement.byRank()) {
                checkRank(remplacement, chemin, clauses, rapport);
            } else if (m instanceof RemplacementArticle remplacement && remplacement.byNumber()) {
                checkNumber(remplacement, chemin, clauses, rapport);
            } else if (m instanceof ClauseChange change) {
                checkId(change.cible(), change.aim().target(), chemin.field(change.aim().champ()), clauses, partis, rapport);
            }
            if (m instanceof InsertionArticle insertion && clauses.isPresent()) {
                checkNewNumber(insertion, chemin.field("numero"), clauses.get(), rapport);
            }
            remove(m, avenant, clauses, partis);
        }
    }

    /** Records the clauses the change takes out of the text, with why: a later change cannot aim at them. */
    private static void remove(Modification m, Avenant avenant, Optional<Clauses> clauses, Map<String, String> partis) {
        String par = "l’avenant n° " + avenant.numero();
        if (m instanceof Suppression suppression) {
            String id = suppression.clause();
            partis.putIfAbsent(id, par + " l’a supprimé");
            Clauses.articleNumber(id).ifPresent(article -> clauses.ifPresent(c -> c.paragraphsOf(article)
                    .forEach(p -> partis.putIfAbsent(p, par + " a supprimé l’article " + article))));
        } else if (m instanceof RemplacementArticle remplacement && remplacement.article() != null) {
            int article = remplacement.article();
            clauses.ifPresent(c -> c.paragraphsOf(article).forEach(p -> partis.putIfAbsent(p, par + " a remplacé le texte de l’article " + article)));
        }
    }

    private static void checkId(String id, Target target, YamlPath chemin, Optional<Clauses> known, Map<String, String> partis,
            Reporter rapport) {
        if (!target.accepts(id)) {
            rapport.error(chemin, "« " + id + " » n’est pas l’identifiant " + target.deNom(), target.forme() + " ; " + LISTE);
            return;
        }
        if (known.isEmpty()) {
            return;
        }
        Clauses clauses = known.get();
        Optional<Integer> article = Clauses.articleNumber(id);
        if (article.isPresent()) {
            if (!articleExiste(article.get(), chemin, clauses, rapport)) {
                return;
            }
        } else if (!clauses.contains(id)) {
            rapport.error(chemin, "la convention n’a pas de paragraphe « " + id + " »", paragraphsHint(id, clauses));
            return;
        }
        if (partis.containsKey(id)) {
            rapport.error(chemin, "« " + id + " » n’est plus dans le texte de la convention", partis.get(id)
                    + " ; visez un article ou un paragraphe encore en vigueur");
        }
    }

    private static void checkNumber(RemplacementArticle remplacement, YamlPath chemin, Optional<Clauses> known, Reporter rapport) {
        if (remplacement.article() == null) {
            rapport.error(chemin, "l’article remplacé n’est pas désigné", "écrivez « clause: article-N » ; " + LISTE);
            return;
        }
        int article = remplacement.article();
        if (known.isEmpty() || articleExiste(article, chemin.field("article"), known.get(), rapport)) {
            rapport.warning(chemin.field("article"), "l’article est désigné par son numéro, l’ancienne forme",
                    "écrivez « clause: " + Clauses.articleId(article) + " » à la place de « article »");
        }
    }

    private static void checkNewNumber(InsertionArticle insertion, YamlPath chemin, Clauses clauses, Reporter rapport) {
        String numero = insertion.numero().strip();
        if (numero.matches("\\d{1,3}") && clauses.hasArticle(Integer.parseInt(numero))) {
            rapport.error(chemin, "la convention a déjà un article " + numero,
                    "numérotez l’article inséré d’après celui qu’il suit (« " + insertion.articleCible().map(n -> n + " bis").orElse("8 bis")
                            + " »), ou après le dernier article");
        }
    }

    private static void checkRank(RemplacementParagraphe remplacement, YamlPath chemin, Optional<Clauses> known, Reporter rapport) {
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
        if (paragraphes.isEmpty()) {
            List<Integer> articles = clauses.articles();
            return articles.isEmpty() ? LISTE : "les articles sont numérotés de " + articles.get(0) + " à " + articles.get(articles.size() - 1)
                    + " ; " + LISTE;
        }
        return "paragraphes de l’article " + numbers.get()[0] + " : " + String.join(", ", paragraphes);
    }
}
