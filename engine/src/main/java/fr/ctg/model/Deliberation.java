package fr.ctg.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A council's decision authorising its party to sign; its PDF goes to annex 6.
 *
 * @param partie the id of the party that deliberated
 * @param date empty (or a placeholder such as "XXXX") while unknown
 * @param numero the act's number in the body's register: "2023-112", printed in the visa and in annex 6
 * @param objet what the visa says it concerns, either introduced as the reference texts write it ("concernant la
 *     stratégie de déploiement des Ctg") or the deliberation's title, a noun phrase ("Approbation de la convention
 *     territoriale globale") that the visa introduces by "portant"
 * @param fichier the PDF, relative to the convention's folder
 * @param votes the vote, printed in annex 6
 */
public record Deliberation(
        String partie,
        OrganeDeliberant organe,
        @Nullable LocalDate date,
        @Nullable String numero,
        @Nullable String objet,
        @Nullable String fichier,
        @Nullable Votes votes) {
}
