package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XhtmlTypographyTest {

    @Test
    void appliesFrenchTypographyToTextNodesOnly() {
        assertEquals("<p title=\"a ; l'b\">ci-après «\u00a0la Caf\u00a0»\u202f; l’avance</p>",
                XhtmlTypography.apply("<p title=\"a ; l'b\">ci-après « la Caf » ; l&#39;avance</p>"));
    }

    @Test
    void removesCharactersXmlForbids() {
        assertEquals("<p>ab\tc</p>", XhtmlTypography.apply("<p>a\u0000b\u0007\tc</p>"));
    }
}
