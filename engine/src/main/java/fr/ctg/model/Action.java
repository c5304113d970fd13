package fr.ctg.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One action of a fiche, with when it starts and how it is measured.
 *
 * @param description what is done, as the fiche words it (Markdown)
 * @param debut when it starts: "2023", "2023-T2", "2023-04" or "2023-04-15"
 */
public record Action(
        @Nullable Integer numero,
        String description,
        @Nullable DateApproximative debut,
        List<String> indicateurs) {
}
