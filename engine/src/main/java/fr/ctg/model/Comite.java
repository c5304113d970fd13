package fr.ctg.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A governance committee (article 6 and annex 4).
 *
 * @param membres the bodies represented, as article 6 lists them: "de la Caf"
 * @param copilotes ids of the parties that co-chair it
 * @param secretariat who holds its permanent secretariat: "la Communauté de Communes"
 * @param missions what article 6 says it does
 * @param composition its members per side, as annex 4 lists them
 * @param compositionComplementaire members named for no side, after the sides: "Le cas échéant, les partenaires et acteurs de terrain, ..."
 * @param objet what annex 4 says it does
 * @param frequence how often it meets: "1 fois par an minimum"
 * @param reunions the days it met, so that the yearly meeting shows as done
 */
public record Comite(
        List<String> membres,
        List<String> copilotes,
        @Nullable String secretariat,
        List<String> missions,
        List<CompositionComite> composition,
        @Nullable String compositionComplementaire,
        List<String> objet,
        @Nullable String frequence,
        List<LocalDate> reunions) {
}
