package fr.ctg.model;

import org.jspecify.annotations.Nullable;

/**
 * The two governance levels.
 *
 * @param introduction the text before the committees in annex 4 (Markdown)
 */
public record Gouvernance(@Nullable String introduction, Comite comitePilotage, @Nullable Comite comiteTechnique) {
}
