package fr.ctg.validate.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The préfecture's acknowledgment identifier, {@code 004-240400440-20221213-99-2022-DE}: département,
 * SIREN, date of the act, internal number, nature. The internal number may itself hold hyphens, so
 * the identifier is read from both ends.
 */
record IdentifiantActes(String departement, String siren, String date, String numero, String nature) {

    static Optional<IdentifiantActes> read(String texte) {
        String[] champs = texte.strip().split("-", -1);
        if (champs.length < 5) {
            return Optional.empty();
        }
        String numero = String.join("-", Arrays.copyOfRange(champs, 3, champs.length - 1));
        return Optional.of(new IdentifiantActes(champs[0], champs[1], champs[2], numero, champs[champs.length - 1]));
    }

    /** The date of the act, when it is a real day written AAAAMMJJ. */
    Optional<LocalDate> dateActe() {
        if (!date.matches("\\d{8}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
                    Integer.parseInt(date.substring(6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    boolean departementValide() {
        return departement.matches("\\d{3}|02[AB]");
    }

    boolean numeroValide() {
        return numero.matches("[A-Za-z0-9_-]{1,15}");
    }

    /** The natures a convention's acknowledgment may have: CC, or DE when it came with a deliberation. */
    boolean natureAdmise() {
        return nature.equals("CC") || nature.equals("DE");
    }

    /** Whether CTG-ACTES finds nothing wrong in it: the other rules on the acknowledgment look at it only then. */
    boolean valide() {
        return departementValide() && Siren.isValid(siren) && dateActe().isPresent() && numeroValide() && natureAdmise();
    }
}
