package fr.ctg.write.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What the head of the composed document says about it (templates/XHTML.md, "Head"). */
record DocumentMetadata(
        String title,
        String id,
        String statut,
        LocalDate date,
        String periode,
        List<String> parties,
        String sourceSha256,
        @Nullable String tampon) {

    boolean isDraft() {
        return statut.equals("projet");
    }

    static DocumentMetadata read(Document document) {
        Element head = Xhtml.head(document);
        List<Element> titles = Xhtml.elements(document, "title");
        String title = titles.isEmpty() ? "" : Xhtml.visibleText(titles.get(0));
        String parties = meta(head, "ctg:parties");
        return new DocumentMetadata(
                title,
                required(head, "ctg:id"),
                required(head, "ctg:statut"),
                date(required(head, "ctg:date")),
                meta(head, "ctg:periode"),
                Arrays.stream(parties.split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
                meta(head, "ctg:source-sha256"),
                optional(head, "ctg:tampon"));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new PdfWriteException("La date du document (ctg:date) n’est pas une date AAAA-MM-JJ : « "
                    + value + " ».", e);
        }
    }

    private static String required(Element head, String name) {
        String value = optional(head, name);
        if (value == null) {
            throw new PdfWriteException("Le document XHTML composé n’a pas de <meta name=\"" + name + "\">.");
        }
        return value;
    }

    private static String meta(Element head, String name) {
        String value = optional(head, name);
        return value == null ? "" : value;
    }

    private static @Nullable String optional(Element head, String name) {
        for (Element meta : Xhtml.elements(head.getOwnerDocument(), "meta")) {
            if (meta.getAttribute("name").equals(name)) {
                String content = meta.getAttribute("content").strip();
                return content.isEmpty() ? null : content;
            }
        }
        return null;
    }
}
