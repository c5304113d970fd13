package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.load.ConventionLoader;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Markup and template syntax typed in the YAML come out as the very text typed, never as markup. */
class ComposerEscapingTest {

    private static final Path BALISAGE = Path.of("src/test/resources/compose/balisage/convention.yaml");
    private static final String HOSTILE =
            "</p><w:p> & ]]> <script>alert(1)</script> <img src=\"http://exemple.fr/x.png\"> ${x} <#assign a = 1>";

    private static XhtmlQuery document;

    @BeforeAll
    static void compose() throws Exception {
        Convention convention = new ConventionLoader().load(BALISAGE).loadedConvention().orElseThrow();
        document = XhtmlQuery.of(new Composer().composeConvention(convention, SourceFile.read(BALISAGE)));
    }

    @Test
    void aMarkdownFieldKeepsMarkupAndTemplateSyntaxAsText() throws Exception {
        assertEquals(HOSTILE, document.text("//h:p[@class='note' and starts-with(., 'Contexte')]/following-sibling::h:p[1]"));
    }

    @Test
    void aPlainFieldKeepsMarkupAndTemplateSyntaxAsText() throws Exception {
        assertEquals("Fiche action 1.1\u00a0: " + HOSTILE, document.text("//h:h3[@id='fiche-1-1']"));
        assertEquals(HOSTILE, document.text("//h:div[@id='signature-2']/h:p[@class='nom']"));
        assertEquals(HOSTILE, document.text("//h:div[@id='signature-2']/@data-signataire"));
    }

    @Test
    void noElementNorImageComesFromTheText() throws Exception {
        assertEquals(0, document.count("//h:script | //h:img | //*[local-name()='p' and namespace-uri()!='http://www.w3.org/1999/xhtml']"));
    }
}
