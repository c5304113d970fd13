package fr.ctg.model.avenant;

import fr.ctg.model.Convention;
import java.util.List;

/**
 * The convention as amended by its avenants 1 to {@code dernierAvenant}.
 *
 * @param textes the changes to the text of the articles ({@link ClauseChange}), in the order the avenants make them: the articles' text lives in
 *     the templates, so these are applied to the composed document
 * @param annexes the annexes the avenants added, in the order of their numbers
 */
public record ConventionConsolidee(Convention convention, int dernierAvenant, List<Modification> textes, List<Annexe> annexes) {
}
