package fr.ctg.write.pdf;

import fr.ctg.compose.Head;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The document's identity, fixed by its content and never by the clock: information dictionary and XMP
 * (PDF/A-2u and PDF/UA-1 identifications, title, parties, period, SHA-256 of the source YAML), creation and modification
 * dates from {@code ctg:date}, file identifier from a digest of the content.
 */
final class PdfAMetadata {

    static final String CTG_NAMESPACE = "urn:fr-ctg:xmp:1.0/";
    private static final String PDFUA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";
    static final String PRODUCER = "CTG (openhtmltopdf, Apache PDFBox)";

    private PdfAMetadata() {
    }

    static void apply(PDDocument document, Head metadata, byte[] contentDigest) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.set(metadata.date().getYear(), metadata.date().getMonthValue() - 1, metadata.date().getDayOfMonth());
        String description = description(metadata);
        String keywords = "Convention Territoriale Globale; " + metadata.id() + "; source-sha256 "
                + metadata.sourceSha256();

        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(PdfLabel.of(metadata.title()));
        info.setSubject(description);
        info.setKeywords(keywords);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(date);
        info.setModificationDate(date);
        document.setDocumentInformation(info);

        PDMetadata stream = new PDMetadata(document);
        stream.importXMPMetadata(xmp(metadata, description, keywords, date));
        document.getDocumentCatalog().setMetadata(stream);

        byte[] id = Arrays.copyOf(contentDigest, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    private static String description(Head metadata) {
        StringBuilder text = new StringBuilder(metadata.title());
        if (!metadata.periode().isEmpty()) {
            text.append(" - Période : ").append(metadata.periode());
        }
        if (!metadata.parties().isEmpty()) {
            text.append(" - Parties : ").append(String.join(" ; ", metadata.parties()));
        }
        return PdfLabel.of(text.toString()) + " - SHA-256 du YAML source : " + metadata.sourceSha256();
    }

    private static byte[] xmp(Head metadata, String description, String keywords, Calendar date)
            throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("U");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.setTitle(PdfLabel.of(metadata.title()));
        dc.setDescription(description);
        metadata.parties().forEach(dc::addCreator);

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        pdf.setKeywords(keywords);

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        basic.setMetadataDate(date);

        XMPSchema ctg = xmp.createAndAddDefaultSchema("ctg", CTG_NAMESPACE);
        ctg.setTextPropertyValue("identifiant", metadata.id());
        ctg.setTextPropertyValue("statut", metadata.statut());
        ctg.setTextPropertyValue("periode", metadata.periode());
        ctg.setTextPropertyValue("sourceSha256", metadata.sourceSha256());
        XMPSchema pdfua = xmp.createAndAddDefaultSchema("pdfuaid", PDFUA_NAMESPACE);
        pdfua.setTextPropertyValue("part", "1");
        describeSchemas(xmp);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException(e);
        }
        // Some XML transformers drop the "xml" prefix of lang attributes; PDF/A validators need it. The transformer
        // indents with the JVM's line separator: "\n" whatever the JVM (XML reads a line break as "\n" anyway).
        String text = out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"")
                .replace("\r\n", "\n").replace('\r', '\n');
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * PDF/A accepts XMP properties outside its predefined schemas only when an extension schema describes them:
     * the PDF/UA identification and the engine's own properties.
     */
    private static void describeSchemas(XMPMetadata xmp) {
        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        extension.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
        extension.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
        extension.addBagValue("schemas", schema(xmp, "PDF/UA Universal Accessibility Schema", PDFUA_NAMESPACE, "pdfuaid",
                property(xmp, "part", "Integer", "internal", "Partie de l’ISO 14289 suivie")));
        extension.addBagValue("schemas", schema(xmp, "Convention Territoriale Globale", CTG_NAMESPACE, "ctg",
                property(xmp, "identifiant", "Text", "external", "Identifiant de la convention"),
                property(xmp, "statut", "Text", "external", "Statut : projet, a_signer, signee"),
                property(xmp, "periode", "Text", "external", "Période AAAA-MM-JJ/AAAA-MM-JJ"),
                property(xmp, "sourceSha256", "Text", "external", "SHA-256 du fichier YAML source")));
    }

    private static XMPSchema schema(XMPMetadata xmp, String name, String namespace, String prefix, XMPSchema... properties) {
        XMPSchema schema = new XMPSchema(xmp, "pdfaSchema", "pdfaSchema", "pdfaSchema");
        schema.setTextPropertyValue("schema", name);
        schema.setTextPropertyValue("namespaceURI", namespace);
        schema.setTextPropertyValue("prefix", prefix);
        for (XMPSchema property : properties) {
            schema.addUnqualifiedSequenceValue("property", property);
        }
        return schema;
    }

    private static XMPSchema property(XMPMetadata xmp, String name, String valueType, String category, String description) {
        XMPSchema property = new XMPSchema(xmp, "pdfaProperty", "pdfaProperty", "pdfaProperty");
        property.setTextPropertyValue("name", name);
        property.setTextPropertyValue("valueType", valueType);
        property.setTextPropertyValue("category", category);
        property.setTextPropertyValue("description", description);
        return property;
    }
}
