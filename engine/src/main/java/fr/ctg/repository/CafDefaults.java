package fr.ctg.repository;

import java.util.List;

/**
 * What every new convention of a Caf starts from, as its repository's ctg.yaml states it.
 *
 * @param siren the Caf's SIREN (9 digits) and {@code adresse} its postal address, kept for the documents that need them
 */
public record CafDefaults(String nom, String siren, String adresse, List<Representative> representants) {

    /** A person who signs for the Caf: « Mme », « Claire MARTIN », « Directrice ». */
    public record Representative(String civilite, String nom, String qualite) {
    }
}
