package fr.ctg.preview;

import fr.ctg.compose.ComposedDocument;
import fr.ctg.style.HouseStyle;
import java.nio.file.Path;

/**
 * One document of the folder as the preview shows it.
 *
 * @param key the name of its files, as {@code ctg generer} writes them: {@code convention}, {@code avenant-01},
 *     {@code convention-consolidee}
 * @param label its name on the page
 * @param composed what the PDF and the DOCX are written from, on demand
 * @param folder the convention's folder, where the annexed PDFs are
 * @param style the convention's house style
 * @param xhtml the document as the PDF lays it out, for the browser
 */
record PreviewView(String key, String label, ComposedDocument composed, Path folder, HouseStyle style, String xhtml) {

    /** Whether it shows the same as {@code other}. */
    boolean looksLike(PreviewView other) {
        return key.equals(other.key) && label.equals(other.label) && xhtml.equals(other.xhtml);
    }
}
