package fr.ctg.model.avenant;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article the avenant writes in its own words (« Objet de l'avenant »), printed before the articles of its
 * changes and numbered with them.
 *
 * @param titre its title
 * @param texte its text, Markdown, before its sub-articles
 * @param sousArticles its sub-articles, numbered 1.1, 1.2…
 */
public record ArticleAvenant(String titre, @Nullable String texte, List<SousArticle> sousArticles) {
}
