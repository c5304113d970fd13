package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccuseReceptionActesTest {

    private static final String RECOPIEZ = " | recopiez l’identifiant exact de l’accusé de réception, par exemple"
            + " 004-240400440-20221213-99-2022-DE";

    @TempDir
    Path dossier;

    private List<String> diagnostics(String identifiant, String dateReception) {
        return minimale().alone(new AccuseReceptionActes())
                .append("accuse_reception:\n  identifiant: " + identifiant + "\n  date_reception: " + dateReception + "\n")
                .diagnostics(dossier);
    }

    @Test
    void readsInternalNumbersWithHyphensAndLowerCase() {
        assertEquals(List.of(), diagnostics("004-240400440-20231215-delib81-13-CC", "2023-12-20"));
        assertEquals(List.of(), diagnostics("02A-240400440-20231215-99-2022-DE", "2023-12-15"));
        assertEquals(List.of(), diagnostics("974-240400440-20231215-7-CC", "2023-12-15"));
    }

    @Test
    void reportsAnIdentifierWithTooFewParts() {
        assertEquals(List.of("87:16: erreur[CTG-ACTES]: l’identifiant « 004-240400440-20231215-CC » n’a pas les cinq parties"
                + " département-SIREN-date-numéro-nature séparées par des tirets" + RECOPIEZ),
                diagnostics("004-240400440-20231215-CC", "2023-12-20"));
    }

    @Test
    void namesEachFaultyFieldOnce() {
        assertEquals(List.of(
                "87:16: erreur[CTG-ACTES]: le département « 4 » de l’identifiant n’a pas la forme 004, 02A ou 974 | écrivez le numéro du"
                        + " département sur trois caractères",
                "87:16: erreur[CTG-ACTES]: le SIREN « 240400441 » de l’identifiant n’existe pas : sa clé de contrôle est fausse" + RECOPIEZ,
                "87:16: erreur[CTG-ACTES]: la date de l’acte « 20230230 » de l’identifiant n’est pas une date réelle au format AAAAMMJJ"
                        + RECOPIEZ,
                "87:16: erreur[CTG-ACTES]: le numéro interne « deliberation-2023-0042 » de l’identifiant doit compter de 1 à 15 lettres,"
                        + " chiffres ou tirets" + RECOPIEZ,
                "87:16: erreur[CTG-ACTES]: la nature « AR » de l’identifiant (actes réglementaires) ne convient pas : une convention est"
                        + " transmise en CC (contrats, conventions et avenants), une délibération en DE" + RECOPIEZ),
                diagnostics("4-240400441-20230230-deliberation-2023-0042-AR", "2023-12-20"));
    }

    @Test
    void reportsASirenWithoutNineDigitsAndAnUnknownNature() {
        assertEquals(List.of(
                "87:16: erreur[CTG-ACTES]: le SIREN « 24040044 » de l’identifiant n’a pas 9 chiffres" + RECOPIEZ,
                "87:16: erreur[CTG-ACTES]: la nature « XY » de l’identifiant n’existe pas dans ACTES : une convention est transmise en CC"
                        + " (contrats, conventions et avenants), une délibération en DE" + RECOPIEZ),
                diagnostics("004-24040044-20231215-99-XY", "2023-12-20"));
    }

    @Test
    void reportsAReceptionBeforeTheAct() {
        assertEquals(List.of("88:19: erreur[CTG-ACTES]: la réception en préfecture (10/12/2023) précède la date de l’acte (15/12/2023)"
                + " | recopiez la date de réception figurant sur l’accusé de réception"
                + " | 87:16-87:49 date de l’acte dans l’identifiant"),
                diagnostics("004-240400440-20231215-99-2022-CC", "2023-12-10"));
    }
}
