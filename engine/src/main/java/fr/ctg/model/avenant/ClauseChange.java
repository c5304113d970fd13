package fr.ctg.model.avenant;

import fr.ctg.model.Clauses;
import java.util.Locale;
import java.util.Optional;

/**
 * A change to the text of the convention's articles, aimed at a clause by its id (templates/XHTML.md, « Clause ids »).
 * The articles' text lives in the templates, so the consolidated version composes each change in a block the composer
 * applies to the clause: its content replaces the clause, is inserted at its end, or the clause goes.
 */
public interface ClauseChange {

    /** What the change does to its clause, as the consolidated template writes it in {@code data-operation}. */
    enum Operation {
        /** The clause's text (an article's, below its title) is replaced by the block's content. */
        REMPLACEMENT,
        /** The block's content follows the clause: after a paragraph, or at the end of an article. */
        INSERTION,
        /** The clause goes: a paragraph, or an article with its title. */
        SUPPRESSION;

        public String attribute() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which clauses a change may aim at. */
    enum Target {
        ARTICLE, PARAGRAPHE, ARTICLE_OU_PARAGRAPHE;

        /** « d’un article », as in « l’identifiant d’un article ». */
        public String deNom() {
            return switch (this) {
                case ARTICLE -> "d’un article";
                case PARAGRAPHE -> "d’un paragraphe";
                case ARTICLE_OU_PARAGRAPHE -> "d’un article ou d’un paragraphe";
            };
        }

        /** How its ids are written. */
        public String forme() {
            return switch (this) {
                case ARTICLE -> "un article s’écrit « article-N »";
                case PARAGRAPHE -> "un paragraphe s’écrit « article-N-al-K »";
                case ARTICLE_OU_PARAGRAPHE -> "un article s’écrit « article-N », un paragraphe « article-N-al-K »";
            };
        }

        public boolean accepts(String id) {
            boolean paragraph = Clauses.paragraphNumbers(id).isPresent();
            boolean article = Clauses.articleNumber(id).isPresent();
            return switch (this) {
                case ARTICLE -> article;
                case PARAGRAPHE -> paragraph;
                case ARTICLE_OU_PARAGRAPHE -> article || paragraph;
            };
        }
    }

    /**
     * Where a change aims and what it does there.
     *
     * @param cible the id of the clause: {@code article-7}, {@code article-8-al-2}
     * @param champ the YAML field that names it: {@code clause}, {@code apres}
     */
    record Aim(String cible, String champ, Operation operation, Target target) {
    }

    Aim aim();

    /** The id of the clause it aims at. */
    default String cible() {
        return aim().cible();
    }

    /** The number of the article the clause belongs to, when the id is one. */
    default Optional<Integer> articleCible() {
        return Clauses.paragraphNumbers(cible()).map(n -> n[0]).or(() -> Clauses.articleNumber(cible()));
    }

    /** The paragraph's number in its article, when the clause is a paragraph. */
    default Optional<Integer> paragrapheCible() {
        return Clauses.paragraphNumbers(cible()).map(n -> n[1]);
    }
}
