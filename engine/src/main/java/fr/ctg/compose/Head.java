package fr.ctg.compose;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /**
     * @param tags where the templates wrote {@code head} and each of its elements, for the diagnostics
     * @throws CompositionException at the place of the template that wrote the faulty element, or the head
     */
    static Head read(Element head, Map<Element, Position> tags) throws CompositionException {
        Element title = child(head, "title");
        if (title == null) {
            throw new CompositionException(Diagnostic.inTemplate(tags.get(head), "l’en-tête du document n’a pas de <title> (templates/XHTML.md)",
                    "ajoutez <title>…</title> dans <head>"), null);
        }
        String date = required(head, "ctg:date", tags);
        try {
            return new Head(
                    title.getTextContent().replaceAll("[ \\t\\r\\n]+", " ").strip(),
                    required(head, "ctg:id", tags),
                    required(head, "ctg:statut", tags),
                    LocalDate.parse(date),
                    required(head, "ctg:periode", tags),
                    Arrays.stream(meta(head, "ctg:parties", tags).split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
                    required(head, "ctg:source-sha256", tags),
                    optional(head, "ctg:tampon"));
        } catch (DateTimeParseException e) {
            throw new CompositionException(Diagnostic.inTemplate(tags.get(metaNamed(head, "ctg:date")),
                    "la date du document (ctg:date) n’est pas une date AAAA-MM-JJ : « " + date + " »",
                    "écrivez-la sous la forme AAAA-MM-JJ, par exemple 2024-01-31"), e);
        }
    }

    private static String required(Element head, String name, Map<Element, Position> tags) throws CompositionException {
        String value = optional(head, name);
        if (value == null) {
            throw missing(head, name, tags);
        }
        return value;
    }

    /** A meta that must be there, its content possibly empty. */
    private static String meta(Element head, String name, Map<Element, Position> tags) throws CompositionException {
        Element meta = metaNamed(head, name);
        if (meta == null) {
            throw missing(head, name, tags);
        }
        return meta.getAttribute("content");
    }

    /** A meta absent or empty: blamed on the meta when it is there, else on the head. */
    private static CompositionException missing(Element head, String name, Map<Element, Position> tags) {
        Element meta = metaNamed(head, name);
        return new CompositionException(Diagnostic.inTemplate(tags.get(meta == null ? head : meta), "l’en-tête du document n’a pas de <meta name=\""
                + name + "\" content=\"…\"/> (templates/XHTML.md)", meta == null ? "ajoutez-la dans <head>" : "donnez-lui une valeur"), null);
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
