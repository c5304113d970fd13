package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;

/**
 * A new article is inserted after an article of the convention, which keeps its numbering: the new one is numbered
 * after the one it follows ({@code 8 bis}), or after the last ({@code 15}).
 *
 * @param apres the id of the article it follows, {@code article-N}
 * @param numero its number as the title prints it: {@code "8 bis"}, {@code "15"}
 * @param titre its title
 * @param texte its text, Markdown
 */
@YamlKey("insertion_article")
public record InsertionArticle(String apres, String numero, String titre, String texte) implements Modification, ClauseChange {

    @Override
    public Aim aim() {
        return new Aim(apres, "apres", Operation.INSERTION, Target.ARTICLE);
    }
}
