package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemplateTraceTest {

    @Test
    void dropsTheCharactersXmlForbidsAndKeepsWholeSurrogatePairs() throws Exception {
        TemplateTrace trace = new TemplateTrace(TemplateLimits.configured());
        trace.write("<p>a\u0000b\u0007\tc \uD83D\uDE00 \uDE00\uD83D</p>");
        assertEquals("<p>ab\tc \uD83D\uDE00 </p>", trace.text());
    }

    @Test
    void whatNoTemplateWroteIsTheComposedDocument() throws Exception {
        TemplateTrace trace = new TemplateTrace(TemplateLimits.configured());
        trace.write("<p>a</p>");
        assertEquals(new OutputOrigin(null, 1, 3), trace.of(2));
    }
}
