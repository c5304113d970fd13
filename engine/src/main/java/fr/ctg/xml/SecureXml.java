package fr.ctg.xml;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the composed XHTML with no DTD, no entity expansion and no access to any file or URL: the one
 * XML parser the engine uses on documents. Events go to a SAX handler, which learns where each one
 * lies in the text through its {@link org.xml.sax.Locator}; {@code xmlns} attributes are reported.
 */
public final class SecureXml {

    private static final String LOCALE = "http://apache.org/xml/properties/locale";
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

    private SecureXml() {
    }

    /** The parser's French message in French typography (« » for its quotes, ’ for its apostrophes), without its final full stop. */
    public static String message(SAXException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        if (message.startsWith("DOCTYPE")) {
            return "une déclaration DOCTYPE n’est pas acceptée";
        }
        String apostrophes = APOSTROPHE.matcher(message).replaceAll("’");
        return QUOTED.matcher(apostrophes).replaceAll(quote -> "« " + Matcher.quoteReplacement(quote.group(1) != null ? quote.group(1) : quote.group(2)) + " »")
                .replaceFirst("\\.$", "");
    }

    /** @throws SAXException when the text is not well-formed XML (or declares a DOCTYPE), or the handler refuses it */
    public static void read(String xml, DefaultHandler handler) throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/namespace-prefixes", true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // the JDK's parser carries its messages in French: without this, it speaks the JVM's language
            reader.setProperty(LOCALE, Locale.FRENCH);
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("analyseur XML indisponible", e);
        }
    }
}
