package fr.ctg.model.avenant;

/**
 * One paragraph of an article is replaced.
 *
 * @param paragraphe its rank under the article's title, from 1
 * @param texte the new paragraph, Markdown
 */
public record RemplacementParagraphe(int article, int paragraphe, String texte) {
}
