package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XhtmlTypographyTest {

    private static final String HEAD = "<head><title>t</title></head>";

    @Test
    void appliesFrenchTypographyToTextNodesOnly() throws Exception {
        Document document = XhtmlReader.read("<html xmlns=\"http://www.w3.org/1999/xhtml\">" + HEAD
                + "<body><p title=\"a ; l'b\">ci-après « la Caf » ; l&#39;avance</p></body></html>", OutputOrigins.linesOf(""), TemplateFiles.NATIONAL).dom();
        XhtmlTypography.apply(document);
        Element p = (Element) document.getElementsByTagNameNS(ComposedDocument.XHTML_NAMESPACE, "p").item(0);
        assertEquals("a ; l'b", p.getAttribute("title"));
        assertEquals("ci-après «\u00a0la Caf\u00a0»\u202f; l’avance", p.getTextContent());
    }
}
