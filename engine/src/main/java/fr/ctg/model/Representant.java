package fr.ctg.model;

import org.jspecify.annotations.Nullable;

/**
 * A person who signs for a party. The civility gives the gender for agreement.
 *
 * @param qualite the office, already agreed: "Directrice", "Président du Conseil d'Administration", "Maire"
 * @param intituleSignature the title above the signature box when it differs from "qualité de la partie"
 * @param role a delegate is named by the article of the office ("la Première Adjointe au Maire"), the head by the possessive
 */
public record Representant(
        Civilite civilite,
        String nom,
        String qualite,
        @Nullable String intituleSignature,
        @Nullable RoleRepresentant role) {

    public Genre genre() {
        return civilite.genre();
    }
}
