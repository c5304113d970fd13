package fr.ctg.model.avenant;

/**
 * The whole text of an article (1 to 14) is replaced; its title stays.
 *
 * @param texte the new text, Markdown
 */
public record RemplacementArticle(int article, String texte) {
}
