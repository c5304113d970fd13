package fr.ctg.compose;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** XPath over a composed document; "h:" is XHTML. */
public final class XhtmlQuery {

    private final Document document;
    private final XPath xpath;

    private XhtmlQuery(Document document) {
        this.document = document;
        this.xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "h".equals(prefix) ? ComposedDocument.XHTML_NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
    }

    public static XhtmlQuery of(ComposedDocument document) {
        return new XhtmlQuery(document.copyOfDom());
    }

    /** The document as XML text, for the tests that search its text. */
    public static String serialized(ComposedDocument document) {
        try {
            StringWriter out = new StringWriter();
            TransformerFactory.newDefaultInstance().newTransformer().transform(new DOMSource(document.copyOfDom()), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    public int count(String expression) throws Exception {
        return ((Number) xpath.evaluate("count(" + expression + ")", document, XPathConstants.NUMBER)).intValue();
    }

    public String text(String expression) throws Exception {
        return xpath.evaluate(expression, document);
    }

    public List<String> texts(String expression) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
