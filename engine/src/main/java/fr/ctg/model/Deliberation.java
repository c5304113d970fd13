package fr.ctg.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A council's decision authorising its party to sign; its PDF goes to annex 6.
 *
 * @param partie the id of the party that deliberated
 * @param date empty (or a placeholder such as "XXXX") while unknown
 * @param objet what the visa says it concerns: "concernant la stratégie de déploiement des Ctg"
 * @param file the PDF, relative to the convention's folder
 */
public record Deliberation(
        String partie,
        OrganeDeliberant organe,
        @Nullable LocalDate date,
        @Nullable String numero,
        @Nullable String objet,
        @Nullable String fichier) {
}
