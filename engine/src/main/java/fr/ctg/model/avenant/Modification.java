package fr.ctg.model.avenant;

import fr.ctg.model.shape.Variants;

/**
 * One change an avenant makes. In YAML, each item of {@code modifications} holds exactly one key, which names
 * the kind of change ({@link fr.ctg.model.shape.YamlKey} on each record), and the change's fields below it:
 * <pre>
 * modifications:
 *   - prolongation:
 *       fin: 2025-12-31
 *   - suppression_fiche:
 *       numero: "2.2"
 * </pre>
 * Loading refuses an item holding none or several ({@code CTG-AVENANT-MODIFICATION}).
 */
public sealed interface Modification permits Prolongation, AjoutFiches, RemplacementFiche, SuppressionFiche, AjoutAxe,
        RemplacementAxe, SuppressionAxe, AjoutPartie, RetraitPartie, AjoutEquipements, RemplacementEquipement,
        SuppressionEquipement, RemplacementArticle, RemplacementParagraphe, InsertionParagraphe, InsertionArticle, Suppression,
        AjoutAnnexe, RemplacementAnnexe, SuppressionAnnexe, ModificationFinancement, SuppressionFinancement,
        EnregistrementDeliberation, ARediger {

    /** The kinds of change, in the order above (the order in which messages and the schema list them). */
    Variants TYPES = Variants.of(Modification.class);

    /** Its YAML key: {@code prolongation}, {@code ajout_fiches}... */
    default String type() {
        return TYPES.of(this).key();
    }

    /** The value written under its key: the record itself, or the record it carries ({@code ajout_axe}: the axis). */
    default Record writtenValue() {
        return TYPES.of(this).valueOf(this);
    }
}
