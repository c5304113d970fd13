package fr.ctg.model.avenant;

/**
 * One paragraph of an article is replaced.
 *
 * @param paragraphe its number among the article's paragraphs in the national text, from 1: the clause
 *     {@code article-N-al-K} of templates/XHTML.md
 * @param texte the new paragraph, Markdown
 */
public record RemplacementParagraphe(int article, int paragraphe, String texte) {
}
