package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransmissionActesTest {

    @TempDir
    Path dossier;

    private List<String> diagnostics(String collectivite, String departement, String matiere, String numero) {
        return minimale().append("transmission:\n  collectivite: " + collectivite + "\n  departement: " + departement + "\n  matiere: "
                + matiere + "\n  date_classification: 2023-01-01\n  numero_interne: " + numero + "\n").diagnostics(dossier);
    }

    @Test
    void acceptsWhatTheChannelAccepts() {
        assertEquals(List.of(), diagnostics("cc", "\"004\"", "\"8.5\"", "CTG_2023_12"));
        assertEquals(List.of(), diagnostics("cc", "02A", "\"7.10.2.1.3\"", "C1"));
    }

    @Test
    void reportsEachValueOutOfItsForm() {
        assertEquals(List.of(
                "88:16: erreur[CTG-TRANSMISSION]: le département « 4 » n’a pas la forme 004, 02A ou 974 | écrivez le numéro du"
                        + " département de la préfecture sur trois caractères",
                "89:12: erreur[CTG-TRANSMISSION]: la matière « 8.0 » n’est pas un code de la classification ACTES (de 1 à 5 nombres"
                        + " séparés par des points) | recopiez le code de la matière dans la classification de la collectivité, par"
                        + " exemple 8.5",
                "91:19: erreur[CTG-TRANSMISSION]: le numéro interne « ctg-2023-12 » doit compter de 2 à 15 caractères, majuscules sans"
                        + " accent, chiffres ou _ (11 caractères ici) | par exemple CTG_2022_01 ; ACTES refuse les minuscules, les tirets"
                        + " et les espaces"),
                diagnostics("cc", "\"4\"", "\"8.0\"", "ctg-2023-12"));
    }

    @Test
    void theTransmittingCollectivityIsOneOfTheParties() {
        assertEquals(List.of("87:17: erreur[CTG-REFERENCE-PARTIE]: aucune partie n’a l’identifiant « ccc » | vouliez-vous dire « cc » ?"),
                diagnostics("ccc", "\"004\"", "\"8.5\"", "CTG_2023_12"));
    }
}
