package fr.ctg.write.pdf;

import java.util.List;
import org.w3c.dom.Document;

/** The DOM ready for openhtmltopdf, and what must be added to the PDF once it is laid out. */
record PreparedDocument(
        Document dom,
        List<Heading> headings,
        List<SignatureSlot> signatures,
        List<PdfAnnex> annexes) {
}
