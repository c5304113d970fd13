package fr.ctg.write.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.xmlunit.builder.Input;
import org.xmlunit.xpath.JAXPXPathEngine;

/** Reading the parts of a DOCX in tests: raw entries and XPath over a part. */
public final class DocxParts {

    static final Map<String, String> NAMESPACES = Map.of(
        "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "v", "urn:schemas-microsoft-com:vml",
        "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        "dc", "http://purl.org/dc/elements/1.1/",
        "dcterms", "http://purl.org/dc/terms/",
        "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "a", "http://schemas.openxmlformats.org/drawingml/2006/main",
        "rel", "http://schemas.openxmlformats.org/package/2006/relationships");

    private final byte[] docx;

    public DocxParts(byte[] docx) {
        this.docx = docx;
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] part(String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
            throw new IllegalArgumentException("partie absente : " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string value of an XPath expression over a part. */
    public String xpath(String partName, String expression) {
        JAXPXPathEngine engine = new JAXPXPathEngine();
        engine.setNamespaceContext(NAMESPACES);
        return engine.evaluate(expression, Input.fromByteArray(part(partName)).build());
    }

    int count(String partName, String path) {
        return Integer.parseInt(xpath(partName, "count(" + path + ")"));
    }
}
