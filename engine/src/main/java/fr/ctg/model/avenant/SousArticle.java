package fr.ctg.model.avenant;

/**
 * A sub-article of an article the avenant writes: « 1.1 - Intégration du schéma de développement ».
 *
 * @param titre its title
 * @param texte its text, Markdown
 */
public record SousArticle(String titre, String texte) {
}
