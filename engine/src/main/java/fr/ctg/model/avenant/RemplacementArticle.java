package fr.ctg.model.avenant;

import fr.ctg.model.Clauses;
import fr.ctg.model.shape.YamlKey;
import org.jspecify.annotations.Nullable;

/**
 * The whole text of an article is replaced; its title stays. It is named by its clause id ({@code clause: article-7});
 * the older form by number ({@code article: 7}) is still read, with a warning.
 *
 * @param clause the article's id, {@code article-N} (templates/XHTML.md)
 * @param article the older form: the article's number
 * @param texte the new text, Markdown
 */
@YamlKey("remplacement_article")
public record RemplacementArticle(@Nullable String clause, @Nullable Integer article, String texte) implements Modification, ClauseChange {

    /** An article named by id also has the number of its id, which the avenant's wording cites. */
    public RemplacementArticle {
        if (clause != null && article == null) {
            article = Clauses.articleNumber(clause).orElse(null);
        }
    }

    /** Whether it names the article by its number rather than by its id. */
    public boolean byNumber() {
        return clause == null;
    }

    @Override
    public Aim aim() {
        return new Aim(clause != null ? clause : Clauses.articleId(article == null ? 0 : article), byNumber() ? "article" : "clause",
                Operation.REMPLACEMENT, Target.ARTICLE);
    }
}
