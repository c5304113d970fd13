package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;

/**
 * A paragraph is added to an article: right after one of its paragraphs ({@code apres: article-8-al-2}), or at the
 * end of the article ({@code apres: article-8}).
 *
 * @param apres the id of the paragraph it follows, or of the article it ends
 * @param texte the new paragraph, Markdown
 */
@YamlKey("insertion_paragraphe")
public record InsertionParagraphe(String apres, String texte) implements Modification, ClauseChange {

    @Override
    public Aim aim() {
        return new Aim(apres, "apres", Operation.INSERTION, Target.ARTICLE_OU_PARAGRAPHE);
    }
}
