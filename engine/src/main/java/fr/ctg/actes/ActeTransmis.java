package fr.ctg.actes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A signed act as the ACTES channel receives it: what its metadata says, and its files.
 *
 * @param departement the préfecture's département, on three characters
 * @param siren the transmitting collectivity's SIREN
 * @param date the day the act was signed
 * @param numeroInterne the collectivity's number for the act
 * @param matiere the levels of its subject in the ACTES classification ("8.5": 8 then 5)
 * @param objet what it is about, on one line of at most 500 characters
 * @param act the signed PDF
 * @param annexes the PDFs of the deliberations annexed to it, in order
 */
record ActeTransmis(
        String departement,
        String siren,
        LocalDate date,
        String numeroInterne,
        List<String> matiere,
        LocalDate dateClassification,
        String objet,
        Path act,
        List<Path> annexes) {

    /** Contracts, conventions and their avenants, in the ACTES nomenclature of natures. */
    static final int NATURE_CONVENTION = 4;
    /** The short code of that nature in file names and acknowledgment identifiers. */
    static final String NATURE_CODE = "CC";
    /** Type of piece of the act itself, then of its annexed deliberations, before their names. */
    static final String TYPE_ACTE = "99_CO";
    static final String TYPE_DELIBERATION = "99_DE";

    /** {@code 004-240400440-20221109-CTG_2022-CC-1-1}: département, SIREN, date, number, nature, message « transmission d’acte ». */
    String baseName() {
        return departement + "-" + siren + "-" + String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth())
                + "-" + numeroInterne + "-" + NATURE_CODE + "-1-1";
    }

    String metadataName() {
        return baseName() + "_0.xml";
    }

    String actName() {
        return TYPE_ACTE + "-" + baseName() + "_1.pdf";
    }

    /** @param index from 0 */
    String annexName(int index) {
        return TYPE_DELIBERATION + "-" + baseName() + "_" + (index + 2) + ".pdf";
    }

    String archiveName() {
        return baseName() + ".tar.gz";
    }
}
