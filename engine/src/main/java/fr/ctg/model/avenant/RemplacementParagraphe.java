package fr.ctg.model.avenant;

import fr.ctg.model.shape.YamlKey;
/**
 * One paragraph of an article is replaced.
 *
 * @param paragraphe its number among the article's paragraphs in the national text, from 1: the clause
 *     {@code article-N-al-K} of templates/XHTML.md
 * @param texte the new paragraph, Markdown
 */
@YamlKey("remplacement_paragraphe")
public record RemplacementParagraphe(int article, int paragraphe, String texte) implements Modification {
}
