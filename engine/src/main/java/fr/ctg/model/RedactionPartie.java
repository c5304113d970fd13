package fr.ctg.model;

import org.jspecify.annotations.Nullable;

/**
 * How the parties block words one party, when it differs from the national model's wording. Every field is
 * optional; absent, the wording is today's model: representatives named as the model does for the party's type,
 * joined by commas, « dûment autorisé(e) », its council's deliberation without its date.
 *
 * @param representants how each representative is named: « son Président, Monsieur X », « Monsieur X, Directeur »
 *     or « leurs maires respectifs » (grouped communes)
 * @param liaison how the representatives are joined: by commas or « , et par »
 * @param autorisation « dûment autorisé(e) » or « dûment habilité(e) »
 * @param deliberation whether the entry gives the date of the party's deliberation
 * @param part « D’une part, » or « D’autre part, » after the entry
 */
public record RedactionPartie(
        @Nullable PresentationRepresentants representants,
        @Nullable LiaisonRepresentants liaison,
        @Nullable FormuleAutorisation autorisation,
        @Nullable MentionDeliberation deliberation,
        @Nullable MentionDePart part) {
}
