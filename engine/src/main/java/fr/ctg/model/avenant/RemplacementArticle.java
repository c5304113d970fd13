package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;
/**
 * The whole text of an article (1 to 14) is replaced; its title stays.
 *
 * @param texte the new text, Markdown
 */
@YamlKey("remplacement_article")
public record RemplacementArticle(int article, String texte) implements Modification {
}
