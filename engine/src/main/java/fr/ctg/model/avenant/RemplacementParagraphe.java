package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;
/**
 * One paragraph of an article is replaced.
 *
 * @param paragraphe its rank under the article's title, from 1
 * @param texte the new paragraph, Markdown
 */
@YamlKey("remplacement_paragraphe")
public record RemplacementParagraphe(int article, int paragraphe, String texte) implements Modification {
}
