package fr.ctg.write.docx;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The metadata of the composed document, read from its {@code <head>}. */
record XhtmlHead(String title, String statut, LocalDate date, @Nullable String parties, @Nullable String tampon) {

    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    boolean isProjet() {
        return "projet".equals(statut);
    }

    static XhtmlHead of(Document document) {
        NodeList titles = document.getElementsByTagNameNS(XHTML_NS, "title");
        String title = titles.getLength() == 0 ? "" : Whitespace.trim(Whitespace.collapse(titles.item(0).getTextContent()));
        Map<String, String> metas = new HashMap<>();
        NodeList nodes = document.getElementsByTagNameNS(XHTML_NS, "meta");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element meta = (Element) nodes.item(i);
            if (meta.hasAttribute("name")) {
                metas.put(meta.getAttribute("name"), meta.getAttribute("content"));
            }
        }
        String date = metas.get("ctg:date");
        if (date == null) {
            throw new XhtmlContractException("meta ctg:date absente : la date du document fixe ses métadonnées");
        }
        try {
            return new XhtmlHead(title, metas.getOrDefault("ctg:statut", ""), LocalDate.parse(date),
                metas.get("ctg:parties"), metas.get("ctg:tampon"));
        } catch (DateTimeParseException e) {
            throw new XhtmlContractException("meta ctg:date invalide (attendu AAAA-MM-JJ) : " + date, e);
        }
    }
}
