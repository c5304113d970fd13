package fr.ctg.model;

import java.time.LocalDate;

/**
 * How the signed act is sent to the préfecture through the ACTES channel ({@code ctg transmettre}).
 *
 * @param collectivite the id of the party that transmits the act: the préfecture knows it by its {@code siren}
 * @param departement the département of the préfecture, on three characters: "004", "02A", "974"
 * @param matiere the act's subject in the collectivity's ACTES classification, one to five levels: "8.5", "7.10.2"
 * @param dateClassification the date of the version of that classification the collectivity uses
 * @param numeroInterne the collectivity's number for the act: 2 to 15 capital letters, digits or {@code _}
 */
public record Transmission(
        String collectivite,
        String departement,
        String matiere,
        LocalDate dateClassification,
        String numeroInterne) {
}
