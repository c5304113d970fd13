package fr.ctg.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shared diagnostic (article 4 and annex 1).
 *
 * @param introduction the sentence before the findings table (Markdown)
 * @param annexe the text of annex 1, or where the diagnostic can be consulted (Markdown)
 */
public record DiagnosticPartage(
        @Nullable String introduction,
        List<Constat> constats,
        @Nullable IndicateursCles indicateurs,
        @Nullable String annexe) {
}
