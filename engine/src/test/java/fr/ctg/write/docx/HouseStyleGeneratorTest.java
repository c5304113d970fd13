package fr.ctg.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.write.SampleDocuments;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class HouseStyleGeneratorTest {

    @Test
    void theGeneratedHouseStyleServesAsAWriterTemplate() throws Exception {
        DocxWriter writer = new DocxWriter(HouseStyleGenerator.generate());
        DocxParts parts = new DocxParts(writer.write(SampleDocuments.withBody("<h1 id=\"a\">Titre</h1><ul><li>point</li></ul>"), Path.of(".")));
        assertEquals("Heading1", parts.xpath("word/document.xml", "//w:p[. = 'Titre']/w:pPr/w:pStyle/@w:val"));
        assertEquals("1", parts.xpath("word/document.xml", "//w:p[. = 'point']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals("Convention territoriale globale", parts.xpath("word/header.xml", "/w:hdr/w:p"));
        assertEquals("2", parts.xpath("word/styles.xml", "//w:style[@w:styleId='Heading3']/w:pPr/w:outlineLvl/@w:val"));
    }
}
