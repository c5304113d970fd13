package fr.ctg.model;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fiche action of annex 3. Text fields are Markdown.
 *
 * @param numero "AXE.N", e.g. "2.1"
 * @param intitulePlan the title the plan d'actions (article 4, annex 3) gives the fiche, when it differs from {@code titre}
 * @param introductionActions the text before the numbered actions ("Dès 2023 :")
 * @param pilote the id of the party that leads it
 * @param partenaires the ids of the parties that take part
 */
public record FicheAction(
        String numero,
        String titre,
        @Nullable String intitulePlan,
        String contexte,
        String objectifs,
        @Nullable String introductionActions,
        List<Action> actions,
        String publicVise,
        List<String> criteresEvaluation,
        @Nullable String pilote,
        List<String> partenaires,
        @Nullable BigDecimal budget) {
}
