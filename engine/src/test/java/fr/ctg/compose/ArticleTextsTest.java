package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The avenants' changes to a consolidated convention's text apply to the clauses their ids name. */
class ArticleTextsTest {

    /** Article 6 as a convention without the members of its comité shows it: no paragraph article-6-al-3. */
    private static final String ARTICLES = "<h1 id=\"article-6\">ARTICLE 6</h1><p id=\"article-6-al-1\">un</p><p id=\"article-6-al-2\">deux</p>"
            + "<p id=\"article-6-al-4\">quatre</p><h1 id=\"article-7\">ARTICLE 7</h1><p id=\"article-7-al-1\">sept</p>";

    private static List<String> body(String replacements) throws Exception {
        Document document = XhtmlReader.read("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>" + ARTICLES
                + replacements + "</body></html>", OutputOrigins.linesOf(""), TemplateFiles.NATIONAL).dom();
        ArticleTexts.apply(document);
        List<String> children = new ArrayList<>();
        Element body = (Element) document.getElementsByTagNameNS(ComposedDocument.XHTML_NAMESPACE, "body").item(0);
        for (Node child = body.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child.getTextContent());
        }
        return children;
    }

    @Test
    void aParagraphIsFoundByItsIdNotByItsRank() throws Exception {
        assertEquals(List.of("ARTICLE 6", "un", "deux", "nouveau", "ARTICLE 7", "sept"),
                body("<div class=\"modification-clause\" data-operation=\"remplacement\" data-cible=\"article-6-al-4\"><p>nouveau</p></div>"));
    }

    @Test
    void replacingAParagraphTheConventionDoesNotShowChangesNothing() throws Exception {
        assertEquals(List.of("ARTICLE 6", "un", "deux", "quatre", "ARTICLE 7", "sept"),
                body("<div class=\"modification-clause\" data-operation=\"remplacement\" data-cible=\"article-6-al-3\"><p>nouveau</p></div>"));
    }

    @Test
    void anArticleIsReplacedUpToTheNextArticle() throws Exception {
        assertEquals(List.of("ARTICLE 6", "a", "b", "ARTICLE 7", "sept"),
                body("<div class=\"modification-clause\" data-operation=\"remplacement\" data-cible=\"article-6\"><p>a</p><p>b</p></div>"));
    }

    @Test
    void paragraphsInsertedAfterTheSameParagraphFollowItInTheirOrder() throws Exception {
        assertEquals(List.of("ARTICLE 6", "un", "a", "b", "deux", "quatre", "ARTICLE 7", "sept"),
                body(change("insertion", "article-6-al-1", "<p>a</p>") + change("insertion", "article-6-al-1", "<p>b</p>")));
    }

    @Test
    void anInsertionAfterAnArticleEndsIt() throws Exception {
        assertEquals(List.of("ARTICLE 6", "un", "deux", "quatre", "ARTICLE 6 bis", "nouveau", "ARTICLE 7", "sept", "fin"),
                body(change("insertion", "article-6", "<h1 id=\"article-6-bis\">ARTICLE 6 bis</h1><p>nouveau</p>")
                        + change("insertion", "article-7", "<p>fin</p>")));
    }

    @Test
    void aDeletedArticleGoesWithItsTitleAndAParagraphAlone() throws Exception {
        assertEquals(List.of("ARTICLE 7"), body(change("suppression", "article-6", "") + change("suppression", "article-7-al-1", "")));
    }

    @Test
    void aChangeToAClauseAnEarlierChangeRemovedChangesNothing() throws Exception {
        assertEquals(List.of("ARTICLE 6", "a", "ARTICLE 7", "sept"),
                body(change("remplacement", "article-6", "<p>a</p>") + change("insertion", "article-6-al-2", "<p>b</p>")));
    }

    private static String change(String operation, String cible, String content) {
        return "<div class=\"modification-clause\" data-operation=\"" + operation + "\" data-cible=\"" + cible + "\">" + content + "</div>";
    }
}
