package fr.ctg.model.avenant;

import fr.ctg.model.Clauses;
import fr.ctg.model.shape.YamlKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One paragraph of an article is replaced. It is named by its clause id ({@code clause: article-8-al-2}, listed by
 * {@code ctg articles}); the older form by rank ({@code article: 8} and {@code paragraphe: 2}, the second paragraph
 * under the article's title) is still read, and translated into the id by the pipeline.
 *
 * @param clause the paragraph's id, {@code article-N-al-K} (templates/XHTML.md)
 * @param article with {@code paragraphe}, the older form: the article's number
 * @param paragraphe with {@code article}, the older form: the paragraph's rank under the article's title, from 1
 * @param texte the new paragraph, Markdown
 */
@YamlKey("remplacement_paragraphe")
public record RemplacementParagraphe(@Nullable String clause, @Nullable Integer article, @Nullable Integer paragraphe, String texte)
        implements Modification, ClauseChange {

    /** A paragraph named by id also has the numbers of its id, which the avenant's wording cites. */
    public RemplacementParagraphe {
        Optional<int[]> numbers = clause == null ? Optional.empty() : Clauses.paragraphNumbers(clause);
        if (numbers.isPresent() && article == null && paragraphe == null) {
            article = numbers.get()[0];
            paragraphe = numbers.get()[1];
        }
    }

    /** Whether it names the paragraph by its rank rather than by its id. */
    public boolean byRank() {
        return clause == null;
    }

    /** The same change naming the paragraph by this id, the numbers of the id filled in for the templates' wording. */
    public RemplacementParagraphe naming(String id) {
        int[] numbers = Clauses.paragraphNumbers(id).orElseThrow(() -> new IllegalArgumentException("pas un paragraphe : " + id));
        return new RemplacementParagraphe(id, numbers[0], numbers[1], texte);
    }

    @Override
    public Aim aim() {
        return new Aim(clause != null ? clause : Clauses.paragraphId(article == null ? 0 : article, paragraphe == null ? 0 : paragraphe),
                "clause", Operation.REMPLACEMENT, Target.PARAGRAPHE);
    }
}
