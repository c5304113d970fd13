package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownToXhtmlTest {

    private final MarkdownToXhtml markdown = new MarkdownToXhtml();

    @Test
    void rendersParagraphsEmphasisAndLineBreaks() {
        assertEquals("<p>Un <em>premier</em> et un <strong>second</strong><br/>sur deux lignes</p><p>Suite</p>",
                markdown.blocks("Un *premier* et un **second**\nsur deux lignes\n\nSuite"));
    }

    @Test
    void rendersNestedBulletAndOrderedLists() {
        assertEquals("<ul><li>Aider les familles :<ul><li>la petite enfance ;</li><li>les enfants.</li></ul></li></ul>"
                        + "<ol><li>Rencontrer</li><li>Cartographier</li></ol>",
                markdown.blocks("- Aider les familles :\n  - la petite enfance ;\n  - les enfants.\n\n1. Rencontrer\n2. Cartographier"));
    }

    @Test
    void keepsParagraphsOfALooseList() {
        assertEquals("<ul><li><p>un</p></li><li><p>deux</p></li></ul>", markdown.blocks("- un\n\n- deux"));
    }

    @Test
    void rendersAHeadingAsAStrongParagraph() {
        assertEquals("<p><strong>Contexte</strong></p><p>texte</p>", markdown.blocks("## Contexte\ntexte"));
    }

    @Test
    void keepsOnlyTheTextOfALinkAndDropsImages() {
        assertEquals("<p>voir le site de la Caf </p>", markdown.blocks("voir [le site de la Caf](https://caf.fr) ![logo](http://x/logo.png)"));
    }

    @Test
    void keepsCharacterReferencesAsTypedSoNoInvisibleCharacterGetsIn() {
        assertEquals("<p>&amp;#x202E; &amp;rlm; &amp;amp; et &amp;</p>",
                markdown.blocks("&#x202E; &rlm; &amp; et `&`"));
    }

    @Test
    void writesRawHtmlAndTemplateSyntaxAsText() {
        assertEquals("<p>&lt;/p&gt;&lt;w:p&gt; &amp; ]]&gt; &lt;script&gt;alert(1)&lt;/script&gt;</p>",
                markdown.blocks("</p><w:p> & ]]> <script>alert(1)</script>"));
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", markdown.blocks("<script>alert(1)</script>"));
        assertEquals("<p>&lt;img src=\"http://exemple.fr/x.png\"&gt; ${x} &lt;#assign a = 1&gt;</p>",
                markdown.blocks("<img src=\"http://exemple.fr/x.png\"> ${x} <#assign a = 1>"));
    }

    @Test
    void keepsIndentedAndQuotedLinesAsText() {
        assertEquals("<p>Dès 2023 :</p><p>Maintenir les structures<br/>&gt; existantes</p>",
                markdown.blocks("Dès 2023 :\n\n    Maintenir les structures\n> existantes"));
    }

    @Test
    void givesASingleParagraphWithoutItsParagraphElementToAContainer() {
        assertEquals("Les familles <em>du territoire</em>", markdown.containerContent("Les familles *du territoire*"));
        assertEquals("<p>un</p><p>deux</p>", markdown.containerContent("un\n\ndeux"));
    }
}
