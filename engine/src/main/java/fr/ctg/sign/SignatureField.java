package fr.ctg.sign;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.jspecify.annotations.Nullable;

/** A signature field of a PDF: its name, the page (from 1) of its box, and its signature when it is signed. */
record SignatureField(String name, int page, @Nullable PDSignature signature) {

    boolean signed() {
        return signature != null;
    }
}
