package fr.ctg.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses of a convention's text, in the order of its composed document: each article ({@code article-5}) and
 * each paragraph of the national text ({@code article-5-al-2}), with its first words. The ids are written in the
 * templates (templates/XHTML.md, « Clause ids »); avenants target clauses by them.
 */
public record Clauses(List<Clause> all) {

    /** One clause: its id and the first words of its text. */
    public record Clause(String id, String debut) {
    }

    private static final Pattern ARTICLE = Pattern.compile("article-(\\d{1,3})");
    private static final Pattern PARAGRAPH = Pattern.compile("article-(\\d{1,3})-al-(\\d{1,3})");

    public Clauses {
        all = List.copyOf(all);
    }

    /** Whether this id is a clause's: an article or a paragraph. */
    public static boolean isClauseId(String id) {
        return ARTICLE.matcher(id).matches() || PARAGRAPH.matcher(id).matches();
    }

    /** The id of article {@code article}: {@code article-8}. */
    public static String articleId(int article) {
        return "article-" + article;
    }

    /** The number of an article's id, or empty when it names no article. */
    public static Optional<Integer> articleNumber(String id) {
        Matcher matcher = ARTICLE.matcher(id);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** The id of paragraph {@code paragraphe} of article {@code article}: {@code article-8-al-2}. */
    public static String paragraphId(int article, int paragraphe) {
        return "article-" + article + "-al-" + paragraphe;
    }

    /** The article and paragraph numbers of a paragraph's id, or empty when it names no paragraph. */
    public static Optional<int[]> paragraphNumbers(String id) {
        Matcher paragraph = PARAGRAPH.matcher(id);
        return paragraph.matches()
                ? Optional.of(new int[] {Integer.parseInt(paragraph.group(1)), Integer.parseInt(paragraph.group(2))})
                : Optional.empty();
    }

    public boolean contains(String id) {
        return all.stream().anyMatch(c -> c.id().equals(id));
    }

    public boolean hasArticle(int article) {
        return contains(articleId(article));
    }

    /** The numbers of the articles, in order. */
    public List<Integer> articles() {
        return all.stream().map(c -> ARTICLE.matcher(c.id())).filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).toList();
    }

    /** The ids of the article's paragraphs that the document holds, in order. */
    public List<String> paragraphsOf(int article) {
        String prefix = "article-" + article + "-al-";
        return all.stream().map(Clause::id).filter(id -> id.startsWith(prefix)).toList();
    }

    /** The id of the article's paragraph at this rank (from 1) in the document, as avenants once counted them. */
    public Optional<String> paragraphAtRank(int article, int rank) {
        List<String> paragraphs = paragraphsOf(article);
        return rank >= 1 && rank <= paragraphs.size() ? Optional.of(paragraphs.get(rank - 1)) : Optional.empty();
    }
}
