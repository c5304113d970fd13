package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepresentantRequisTest {

    static final String REPRESENTANTE_CAF = """
                representants:
                  - civilite: Mme
                    nom: Claire MARTIN
                    qualite: Directrice
            """;

    @TempDir
    Path dossier;

    @Test
    void reportsAnEmptyListOfRepresentatives() {
        assertEquals(List.of("19:20: erreur[CTG-REPRESENTANT]: « Caisse d’allocations familiales de l’Exemple » n’a aucun représentant"
                + " pour signer | ajoutez sous « representants » la personne qui signe, avec « civilite », « nom » et « qualite »"),
                minimale().with(REPRESENTANTE_CAF, "    representants: []\n").diagnostics(dossier));
    }

    @Test
    void reportsAMissingListAtItsPartyAndOnlyWarnsInADraft() {
        assertEquals(List.of("13:5: avertissement[CTG-REPRESENTANT]: « Caisse d’allocations familiales de l’Exemple » n’a aucun"
                + " représentant pour signer | ajoutez sous « representants » la personne qui signe, avec « civilite », « nom » et « qualite »"),
                minimale().with(REPRESENTANTE_CAF, "").with("statut: a_signer", "statut: projet").diagnostics(dossier));
    }
}
