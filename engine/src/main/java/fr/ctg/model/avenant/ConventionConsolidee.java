package fr.ctg.model.avenant;

import fr.ctg.model.Convention;
import java.util.List;

/**
 * The convention as amended by its avenants 1 to {@code dernierAvenant}.
 *
 * @param textes the replacements of articles' text and paragraphs ({@code remplacement_article},
 *     {@code remplacement_paragraphe}), in the order the avenants make them: the articles' text lives in
 *     the templates, so these are applied to the composed document
 */
public record ConventionConsolidee(Convention convention, int dernierAvenant, List<Modification> textes) {
}
