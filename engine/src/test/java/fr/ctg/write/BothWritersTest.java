package fr.ctg.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.compose.ComposedDocument;
import fr.ctg.compose.XhtmlQuery;
import fr.ctg.write.docx.DocxWriter;
import fr.ctg.write.pdf.PdfWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shared sample document goes through both writers at the same time, as the generator runs them: neither
 * changes the document the other reads, and each gives the same bytes twice.
 */
class BothWritersTest {

    private static final PdfWriter PDF = new PdfWriter();
    private static final DocxWriter DOCX = new DocxWriter();

    @TempDir
    Path folder;

    @TestFactory
    Stream<DynamicTest> eachSampleIsWrittenByBothWritersAtOnceTheSameWayTwice() {
        return SampleDocuments.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(sample -> DynamicTest.dynamicTest(sample.getKey(), () -> {
                    ComposedDocument document = sample.getValue();
                    String before = XhtmlQuery.serialized(document);
                    CompletableFuture<byte[]> pdf = CompletableFuture.supplyAsync(() -> PDF.write(document, folder));
                    byte[] docx = DOCX.write(document, folder);
                    assertArrayEquals(pdf.join(), PDF.write(document, folder));
                    assertArrayEquals(docx, DOCX.write(document, folder));
                    assertEquals(before, XhtmlQuery.serialized(document));
                }));
    }
}
