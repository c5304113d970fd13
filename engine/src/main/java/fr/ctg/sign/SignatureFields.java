package fr.ctg.sign;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/** The signature fields of a PDF, in the order of its form. */
final class SignatureFields {

    private SignatureFields() {
    }

    static List<SignatureField> of(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        List<SignatureField> fields = new ArrayList<>();
        if (form == null) {
            return fields;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signatureField) {
                fields.add(new SignatureField(field.getFullyQualifiedName(), page(document, signatureField), signatureField.getSignature()));
            }
        }
        return fields;
    }

    static String quotedNames(List<SignatureField> fields) {
        return String.join(", ", fields.stream().map(field -> "« " + field.name() + " »").toList());
    }

    private static int page(PDDocument document, PDSignatureField field) {
        for (PDAnnotationWidget widget : field.getWidgets()) {
            if (widget.getPage() != null) {
                int index = document.getPages().indexOf(widget.getPage());
                if (index >= 0) {
                    return index + 1;
                }
            }
        }
        return 0;
    }
}
