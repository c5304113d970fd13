package fr.ctg.write.pdf;

import fr.ctg.compose.Head;
import fr.ctg.style.HouseStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.nio.file.Path;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.jspecify.annotations.Nullable;

/**
 * Turns the composed XHTML into what openhtmltopdf prints: the style sheet inlined, the table of contents
 * built from the headings, the stamp and the "PROJET" watermark injected, the signature boxes and the
 * appended PDFs located. Only elements are added or replaced; the text of the document is left as it is.
 */
final class DocumentPreparation {

    private static final String TOC_TITLE = "Sommaire";

    private DocumentPreparation() {
    }

    /** @param logo the house style's, put at the top of the first page; {@code null} for none */
    static PreparedDocument prepare(Document dom, Head head, ConventionFolder folder, String css, HouseStyle.@Nullable Logo logo) {
        List<Heading> headings = headings(dom);
        List<PdfAnnex> annexes = annexes(dom, folder);
        List<SignatureSlot> signatures = signatures(dom);
        tablesOfContents(dom, headings);
        if (logo != null) {
            logo(dom, logo);
        }
        decorations(dom, head);
        LongTextSplitting.apply(dom);
        Element style = Xhtml.create(dom, "style", null, css);
        Xhtml.head(dom).appendChild(style);
        return new PreparedDocument(dom, headings, signatures, annexes);
    }

    private static List<Heading> headings(Document dom) {
        List<Heading> headings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element heading : Xhtml.elements(dom, "h1", "h2", "h3")) {
            String id = heading.getAttribute("id");
            if (id.isEmpty() || !ids.add(id)) {
                id = "titre-" + (headings.size() + 1);
                heading.setAttribute("id", id);
                ids.add(id);
            }
            int level = heading.getLocalName().charAt(1) - '0';
            headings.add(new Heading(level, id, PdfLabel.of(Xhtml.visibleText(heading))));
        }
        return headings;
    }

    private static List<PdfAnnex> annexes(Document dom, ConventionFolder folder) {
        List<PdfAnnex> annexes = new ArrayList<>();
        int headingsSeen = 0;
        for (Element element : Xhtml.elements(dom, "h1", "h2", "h3", "div")) {
            if (!element.getLocalName().equals("div")) {
                headingsSeen++;
                continue;
            }
            if (!Xhtml.hasClass(element, "annexe-pdf")) {
                continue;
            }
            String title = PdfLabel.of(element.getAttribute("data-titre").strip());
            Optional<Path> file = folder.existingFile(element.getAttribute("data-fichier"));
            if (file.isPresent()) {
                annexes.add(new PdfAnnex(file.get(), title, headingsSeen - 1));
            } else {
                element.getParentNode().replaceChild(
                        Xhtml.create(dom, "p", "annexe-manquante", "Délibération à joindre : " + title), element);
            }
        }
        return annexes;
    }

    private static List<SignatureSlot> signatures(Document dom) {
        List<SignatureSlot> slots = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Element signature : Xhtml.withClass(dom, "div", "signature")) {
            Element box = signatureBox(signature);
            if (box == null) {
                continue;
            }
            String boxId = "case-signature-" + (slots.size() + 1);
            box.setAttribute("id", boxId);
            SignatureSlot slot = new SignatureSlot(uniqueName(fieldName(signature), names), boxId);
            box.setAttribute("title", slot.description());
            slots.add(slot);
        }
        return slots;
    }

    private static Element signatureBox(Element signature) {
        for (Node child = signature.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && Xhtml.hasClass(element, "case-signature")) {
                return element;
            }
        }
        return null;
    }

    /** A field's partial name may not contain a period (ISO 32000 12.7.3.2): "J.-P." keeps a look-alike dot. */
    private static String fieldName(Element signature) {
        String name = signature.getAttribute("data-signataire").strip();
        if (name.isEmpty()) {
            name = "Signataire";
        }
        return PdfLabel.of(name.replace('.', '\u2024'));
    }

    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }

    private static void tablesOfContents(Document dom, List<Heading> headings) {
        for (Element nav : Xhtml.withClass(dom, "nav", "table-des-matieres")) {
            while (nav.getFirstChild() != null) {
                nav.removeChild(nav.getFirstChild());
            }
            nav.appendChild(Xhtml.create(dom, "p", "titre-table-des-matieres", TOC_TITLE));
            for (Heading heading : headings) {
                Element entry = Xhtml.create(dom, "p", "entree niveau-" + heading.level(), null);
                Element link = Xhtml.create(dom, "a", null, heading.text());
                link.setAttribute("href", "#" + heading.id());
                entry.appendChild(link);
                nav.appendChild(entry);
            }
        }
    }

    /** An image with its text alternative: the tagged PDF makes it a Figure described by its /Alt. */
    private static void logo(Document dom, HouseStyle.Logo logo) {
        Element body = Xhtml.body(dom);
        Element image = Xhtml.create(dom, "img", "logo", null);
        image.setAttribute("src", logo.file().toUri().toString());
        image.setAttribute("alt", logo.description());
        body.insertBefore(image, body.getFirstChild());
    }

    /** Running and fixed elements must come first in the body to reach every page. */
    private static void decorations(Document dom, Head head) {
        Element body = Xhtml.body(dom);
        if (head.isDraft()) {
            body.insertBefore(Xhtml.create(dom, "div", "filigrane", "PROJET"), body.getFirstChild());
        }
        if (head.tampon() != null) {
            body.insertBefore(Xhtml.create(dom, "div", "tampon", head.tampon()), body.getFirstChild());
        }
    }
}
