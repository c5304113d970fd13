package fr.ctg.model;

import org.jspecify.annotations.Nullable;

/**
 * The vote of a council as its deliberation's extract records it, printed in annex 6.
 *
 * @param enExercice the members in office
 * @param pouvoirs the proxies held by members present, none when absent
 * @param votants the members present plus their proxies
 * @param contre none when absent
 * @param abstentions none when absent
 */
public record Votes(
        int enExercice,
        int presents,
        @Nullable Integer pouvoirs,
        int votants,
        int pour,
        @Nullable Integer contre,
        @Nullable Integer abstentions) {

    public int pouvoirsOuZero() {
        return pouvoirs == null ? 0 : pouvoirs;
    }

    public int contreOuZero() {
        return contre == null ? 0 : contre;
    }

    public int abstentionsOuZero() {
        return abstentions == null ? 0 : abstentions;
    }
}
