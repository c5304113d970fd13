package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;

/**
 * A paragraph ({@code clause: article-9-al-1}) or a whole article with its title ({@code clause: article-9}) is
 * deleted; the other articles keep their numbers.
 *
 * @param clause the id of the paragraph or of the article
 */
@YamlKey("suppression")
public record Suppression(String clause) implements Modification, ClauseChange {

    @Override
    public Aim aim() {
        return new Aim(clause, "clause", Operation.SUPPRESSION, Target.ARTICLE_OU_PARAGRAPHE);
    }
}
