package fr.ctg.write.docx;

import fr.ctg.compose.Head;
import java.time.LocalDate;

import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.docProps.core.dc.terms.W3CDTF;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/**
 * Core properties (File &gt; Properties in Word) from the XHTML head: title, parties as subject, and the
 * document date as creation and modification date, so two runs give the same bytes. What the house style
 * file recorded of its own editing (last author, revision, printing) is dropped.
 */
final class CoreMetadata {

    private static final org.docx4j.docProps.core.dc.elements.ObjectFactory DC =
        new org.docx4j.docProps.core.dc.elements.ObjectFactory();

    private CoreMetadata() {
    }

    static void apply(WordprocessingMLPackage pkg, Head head) {
        if (pkg.getDocPropsCorePart() == null) {
            pkg.addDocPropsCorePart();
        }
        CoreProperties core = pkg.getDocPropsCorePart().getJaxbElement();
        core.setTitle(DC.createTitle(literal(head.title())));
        core.setSubject(literal(Whitespace.trim(Whitespace.collapse(String.join("; ", head.parties())))));
        core.setCreated(date(head.date()));
        core.setModified(date(head.date()));
        core.setLastModifiedBy(null);
        core.setRevision(null);
        core.setLastPrinted(null);
    }

    private static SimpleLiteral literal(String value) {
        SimpleLiteral literal = new SimpleLiteral();
        literal.getContent().add(value);
        return literal;
    }

    /** A W3CDTF literal: JAXB writes it with the xsi:type="dcterms:W3CDTF" that Word requires. */
    private static SimpleLiteral date(LocalDate date) {
        W3CDTF literal = new W3CDTF();
        literal.getContent().add(date + "T00:00:00Z");
        return literal;
    }
}
