package fr.ctg.preview;

import fr.ctg.compose.ComposedDocument;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The text of a document as the PDF lays it out, for a browser: the same XHTML, the house style sheet still inlined,
 * and after it {@value #PAGE_STYLE}, which draws the sheet of paper and brings the house fonts.
 */
final class BrowserXhtml {

    static final String PAGE_STYLE = "/statique/page.css";

    private BrowserXhtml() {
    }

    static String of(Document printed) {
        NodeList heads = printed.getElementsByTagNameNS(ComposedDocument.XHTML_NAMESPACE, "head");
        Element link = printed.createElementNS(ComposedDocument.XHTML_NAMESPACE, "link");
        link.setAttribute("rel", "stylesheet");
        link.setAttribute("href", PAGE_STYLE);
        heads.item(0).appendChild(link);
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer identity = factory.newTransformer();
            identity.setOutputProperty(OutputKeys.METHOD, "xml");
            identity.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter text = new StringWriter();
            identity.transform(new DOMSource(printed), new StreamResult(text));
            return text.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("un document composé se réécrit toujours en XHTML", e);
        }
    }
}
