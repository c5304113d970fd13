package fr.ctg.actes;

import fr.ctg.model.AccuseReception;
import fr.ctg.xml.SecureXml;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the préfecture's acknowledgment message ({@code actes:ARActe}): the act's identifier ({@code actes:IDActe})
 * and the day it was received ({@code actes:DateReception}). Read by {@link SecureXml}: no DTD, no entity, no access
 * to any file or URL.
 */
final class AcknowledgmentXml {

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");
    private static final String ROOT = "ARActe";

    private AcknowledgmentXml() {
    }

    static AccuseReception read(String file, byte[] bytes) throws ActesRefusal {
        String[] found = new String[2];
        try {
            SecureXml.read(decoded(bytes), new DefaultHandler() {
                private boolean root = true;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
                    if (root && ActesMetadata.NAMESPACE.equals(uri) && ROOT.equals(localName)) {
                        found[0] = attributes.getValue(ActesMetadata.NAMESPACE, "IDActe");
                        found[1] = attributes.getValue(ActesMetadata.NAMESPACE, "DateReception");
                    }
                    root = false;
                }
            });
        } catch (SAXException e) {
            throw new ActesRefusal(file + " n’est pas un XML lisible (" + SecureXml.message(e) + ")");
        }
        if (found[0] == null || found[1] == null) {
            throw new ActesRefusal(file + " n’est pas un accusé de réception ACTES : il faut un élément actes:ARActe avec ses"
                    + " attributs actes:IDActe et actes:DateReception");
        }
        try {
            return new AccuseReception(found[0].strip(), LocalDate.parse(found[1].strip()));
        } catch (DateTimeParseException e) {
            throw new ActesRefusal(file + " : la date de réception « " + found[1] + " » n’est pas une date AAAA-MM-JJ");
        }
    }

    /** The text in the encoding its declaration names (ACTES writes ISO-8859-1), UTF-8 when it names none. */
    private static String decoded(byte[] bytes) {
        Matcher declared = ENCODING.matcher(new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1));
        Charset charset = StandardCharsets.UTF_8;
        if (declared.find()) {
            try {
                charset = Charset.forName(declared.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                // the parser reports what it cannot read
            }
        }
        return new String(bytes, charset);
    }
}
