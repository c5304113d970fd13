package fr.ctg.model;

import org.jspecify.annotations.Nullable;

/**
 * A person who signs for a party. The civility gives the gender for agreement.
 *
 * @param qualite the office, already agreed: "Directrice", "Président du Conseil d'Administration", "Maire"
 * @param intituleSignature the title above the signature box when it differs from "qualité de la partie"
 */
public record Representant(
        Civilite civilite,
        String nom,
        String qualite,
        @Nullable String intituleSignature) {

    public Genre genre() {
        return civilite.genre();
    }
}
