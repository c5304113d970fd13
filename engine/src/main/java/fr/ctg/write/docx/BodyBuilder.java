package fr.ctg.write.docx;

import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Walks the XHTML {@code <body>} and builds the WordprocessingML blocks of templates/XHTML.md. */
final class BodyBuilder {

    private static final String ANNEXE_PREFIX = "Annexe jointe\u00a0: ";

    private final ListNumbering numbering;
    private final Bookmarks bookmarks = new Bookmarks();
    private final TableBuilder tables;
    private final SignatureGrid signatures;
    private boolean hasTableOfContents;

    BodyBuilder(ListNumbering numbering) {
        this.numbering = numbering;
        this.tables = new TableBuilder(this::blocks);
        this.signatures = new SignatureGrid(this::blocks);
    }

    List<Object> build(Element body, long textWidth) {
        List<Object> out = new ArrayList<>();
        blocks(body, new Context(null, textWidth, null), out);
        return PageBreaks.intoNextParagraph(out);
    }

    /** Whether a TOC field was written, which Word must compute when the document opens. */
    boolean hasTableOfContents() {
        return hasTableOfContents;
    }

    /** Block content of {@code container}; loose inline content between blocks becomes paragraphs. */
    private void blocks(Element container, Context context, List<Object> out) {
        InlineContent loose = null;
        for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (Dom.isText(child)) {
                if (loose == null && Whitespace.trim(child.getNodeValue()).isEmpty()) {
                    continue;
                }
                loose = loose != null ? loose : new InlineContent(paragraph(context, null));
                loose.text(child.getNodeValue(), false, false);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                Element element = (Element) child;
                if (isInline(element)) {
                    loose = loose != null ? loose : new InlineContent(paragraph(context, null));
                    inline(element, loose, false, false);
                } else {
                    flush(loose, out);
                    loose = null;
                    block(element, context, out);
                }
            }
        }
        flush(loose, out);
    }

    private static void flush(@Nullable InlineContent loose, List<Object> out) {
        if (loose != null && loose.hasText()) {
            out.add(loose.finish());
        }
    }

    private void block(Element element, Context context, List<Object> out) {
        String name = Dom.name(element);
        switch (name) {
            case "p" -> out.add(inlineParagraph(element,
                paragraph(context, HouseStyles.BY_CLASS.get(element.getAttribute("class").trim()))));
            case "h1", "h2", "h3" -> out.add(heading(element, name.charAt(1) - '0'));
            case "ul", "ol" -> list(element, context, out);
            case "table" -> out.add(tables.table(element, context));
            case "nav" -> {
                requireClass(element, "table-des-matieres");
                out.add(TocField.paragraph());
                hasTableOfContents = true;
            }
            case "div" -> division(element, context, out);
            default -> throw new XhtmlContractException("élément <" + name + "> hors du sous-ensemble XHTML"
                + (name.equals("li") ? " en dehors d’une liste" : "") + " (templates/XHTML.md)");
        }
    }

    private void division(Element div, Context context, List<Object> out) {
        if (Dom.hasClass(div, "saut-de-page")) {
            out.add(Wml.pageBreak());
        } else if (Dom.hasClass(div, "signatures")) {
            out.add(signatures.grid(div, context));
        } else if (Dom.hasClass(div, "case-signature")) {
            out.add(SignatureGrid.box(context.width()));
        } else if (Dom.hasClass(div, "annexe-pdf")) {
            String titre = Whitespace.trim(Whitespace.collapse(div.getAttribute("data-titre")));
            String label = titre.isEmpty() ? div.getAttribute("data-fichier") : titre;
            P p = paragraph(context, null);
            p.getContent().add(Wml.text(ANNEXE_PREFIX + label, false, false));
            out.add(p);
        } else {
            blocks(div, context, out);
        }
    }

    private P heading(Element element, int level) {
        P p = inlineParagraph(element, Wml.paragraph(HouseStyles.heading(level)));
        if (element.hasAttribute("id")) {
            bookmarks.wrap(p, element.getAttribute("id"));
        }
        return p;
    }

    private void list(Element list, Context context, List<Object> out) {
        boolean ordered = Dom.name(list).equals("ol");
        Context.ListLevel parent = context.list();
        int level = parent == null ? 0 : parent.level() + 1;
        if (level >= ListNumbering.MAX_LEVELS) {
            throw new XhtmlContractException("liste imbriquée sur plus de " + ListNumbering.MAX_LEVELS + " niveaux");
        }
        // A nested list of the same kind keeps its parent's numbering: Word restarts a level by itself
        // after each item of the level above. Any other list starts a numbering of its own.
        Context.ListLevel current = new Context.ListLevel(level, ordered,
            parent != null && parent.ordered() == ordered ? parent.numId()
                : ordered ? numbering.restartDecimal(level) : numbering.bullets());
        Context itemContext = context.inList(current);
        for (Element item : Dom.childElements(list)) {
            if (!Dom.name(item).equals("li")) {
                throw new XhtmlContractException("<" + Dom.name(item) + "> dans une liste : seul <li> est attendu");
            }
            int first = out.size();
            blocks(item, itemContext, out);
            if (first == out.size() || !(out.get(first) instanceof P)) {
                out.add(first, paragraph(itemContext, null));
            }
            numbering.number((P) out.get(first), current.numId(), level);
        }
    }

    /** A new paragraph; inside a list item, indented to the item's text. */
    private P paragraph(Context context, @Nullable String classStyle) {
        P p = Wml.paragraph(classStyle != null ? classStyle : context.paragraphStyle());
        Context.ListLevel list = context.list();
        if (list != null) {
            PPrBase.Ind ind = Wml.FACTORY.createPPrBaseInd();
            ind.setLeft(numbering.textIndent(list.ordered(), list.level()));
            Wml.properties(p).setInd(ind);
        }
        return p;
    }

    private static P inlineParagraph(Element element, P p) {
        InlineContent content = new InlineContent(p);
        inlineChildren(element, content, false, false);
        return content.finish();
    }

    private static void inlineChildren(Element element, InlineContent content, boolean bold, boolean italic) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (Dom.isText(child)) {
                content.text(child.getNodeValue(), bold, italic);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                inline((Element) child, content, bold, italic);
            }
        }
    }

    private static void inline(Element element, InlineContent content, boolean bold, boolean italic) {
        switch (Dom.name(element)) {
            case "strong" -> inlineChildren(element, content, true, italic);
            case "em" -> inlineChildren(element, content, bold, true);
            case "br" -> content.lineBreak();
            default -> throw new XhtmlContractException("élément <" + Dom.name(element)
                + "> inattendu dans un texte : seuls <strong>, <em> et <br/> y sont admis");
        }
    }

    private static boolean isInline(Element element) {
        String name = Dom.name(element);
        return name.equals("strong") || name.equals("em") || name.equals("br");
    }

    private static void requireClass(Element element, String cssClass) {
        if (!Dom.hasClass(element, cssClass)) {
            throw new XhtmlContractException("<" + Dom.name(element) + "> sans la classe « " + cssClass + " »");
        }
    }
}
