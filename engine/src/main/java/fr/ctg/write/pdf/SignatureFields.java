package fr.ctg.write.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * One empty signature field per signatory, its widget lying exactly on the signature box. PDF/A-2 wants every
 * widget printable and with a normal appearance: an empty one here, the signing tool draws its own. PDF/UA-1 wants
 * it described ({@code /TU}) and inside a {@code Form} structure element.
 */
final class SignatureFields {

    private SignatureFields() {
    }

    static void add(PDDocument document, List<SignatureSlot> slots, LaidOutBoxes positions)
            throws IOException {
        if (slots.isEmpty()) {
            return;
        }
        PDAcroForm form = new PDAcroForm(document);
        Map<String, PDAnnotationWidget> widgets = new HashMap<>();
        document.getDocumentCatalog().setAcroForm(form);
        for (SignatureSlot slot : slots) {
            LaidOutBoxes.Placed box = positions.get(slot.boxId());
            if (box == null) {
                throw new IllegalStateException("Case de signature non placée : " + slot.boxId());
            }
            PDPage page = document.getPage(box.page());
            PDRectangle rectangle = box.border();
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(slot.fieldName());
            field.setAlternateFieldName(slot.description());
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(rectangle);
            widget.setPage(page);
            widget.setPrinted(true);
            widget.setAppearance(emptyAppearance(document, rectangle.getWidth(), rectangle.getHeight()));
            page.getAnnotations().add(widget);
            form.getFields().add(field);
            widgets.put(slot.description(), widget);
        }
        FormStructure.tag(document, widgets);
    }

    private static PDAppearanceDictionary emptyAppearance(PDDocument document, float width, float height) {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(width, height));
        stream.setResources(new PDResources());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }
}
