package fr.ctg.compose;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the head of a composed document says about it (templates/XHTML.md, « Head »): every field is required but
 * the préfecture's stamp.
 *
 * @param title        the text of {@code <title>}, its white space collapsed
 * @param periode      as written: {@code AAAA-MM-JJ/AAAA-MM-JJ}
 * @param parties      the names of {@code ctg:parties}, in order (the list may be empty)
 * @param tampon       the stamp of every page, or null
 */
public record Head(
        String title,
        String id,
        String statut,
        LocalDate date,
        String periode,
        List<String> parties,
        String sourceSha256,
        @Nullable String tampon) {

    public Head {
        parties = List.copyOf(parties);
    }

    /** A draft: the writers print the « PROJET » watermark. */
    public boolean isDraft() {
        return statut.equals("projet");
    }

    /** @param origin where the templates wrote {@code <head>}, for the messages */
    static Head read(Element head, String origin) throws CompositionException {
        Element title = child(head, "title");
        if (title == null) {
            throw new CompositionException(origin + " : l’en-tête du document n’a pas de <title> (templates/XHTML.md)");
        }
        String date = required(head, "ctg:date", origin);
        try {
            return new Head(
                    title.getTextContent().replaceAll("[ \\t\\r\\n]+", " ").strip(),
                    required(head, "ctg:id", origin),
                    required(head, "ctg:statut", origin),
                    LocalDate.parse(date),
                    required(head, "ctg:periode", origin),
                    Arrays.stream(meta(head, "ctg:parties", origin).split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
                    required(head, "ctg:source-sha256", origin),
                    optional(head, "ctg:tampon"));
        } catch (DateTimeParseException e) {
            throw new CompositionException(origin + " : la date du document (ctg:date) n’est pas une date AAAA-MM-JJ : « " + date + " »", e);
        }
    }

    private static String required(Element head, String name, String origin) throws CompositionException {
        String value = optional(head, name);
        if (value == null) {
            throw missing(name, origin);
        }
        return value;
    }

    /** A meta that must be there, its content possibly empty. */
    private static String meta(Element head, String name, String origin) throws CompositionException {
        Element meta = metaNamed(head, name);
        if (meta == null) {
            throw missing(name, origin);
        }
        return meta.getAttribute("content");
    }

    private static CompositionException missing(String name, String origin) {
        return new CompositionException(origin + " : l’en-tête du document n’a pas de <meta name=\"" + name
                + "\" content=\"…\"/> (templates/XHTML.md)");
    }

    private static @Nullable String optional(Element head, String name) {
        Element meta = metaNamed(head, name);
        String content = meta == null ? "" : meta.getAttribute("content").strip();
        return content.isEmpty() ? null : content;
    }

    private static @Nullable Element metaNamed(Element head, String name) {
        for (Node child = head.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element meta && meta.getLocalName().equals("meta") && meta.getAttribute("name").equals(name)) {
                return meta;
            }
        }
        return null;
    }

    private static @Nullable Element child(Element head, String name) {
        for (Node child = head.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals(name)) {
                return element;
            }
        }
        return null;
    }
}
