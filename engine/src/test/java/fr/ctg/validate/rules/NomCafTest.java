package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NomCafTest {

    @TempDir
    Path dossier;

    @Test
    void refusesCaisseDesAllocationsFamilialesInAConventionToSignAndGivesTheOfficialName() {
        assertEquals(List.of("15:10: erreur[CTG-NOM-CAF]: le nom « Caisse des Allocations familiales de l’Exemple » n’est pas le"
                + " nom officiel d’une Caf, « Caisse d’allocations familiales de/du/des … » | écrivez « Caisse d’allocations"
                + " familiales de l’Exemple »"),
                minimale().with("nom: Caisse d’allocations", "nom: Caisse des Allocations").diagnostics(dossier));
    }

    @Test
    void onlyWarnsAboutAnAbbreviatedNameInADraft() {
        assertEquals(List.of("15:10: avertissement[CTG-NOM-CAF]: le nom « Caf de l’Exemple » n’est pas le nom officiel d’une Caf,"
                + " « Caisse d’allocations familiales de/du/des … » | faites commencer le nom par « Caisse d’allocations familiales »,"
                + " par exemple « Caisse d’allocations familiales des Alpes-de-Haute-Provence »"),
                minimale().with("nom: Caisse d’allocations familiales de l’Exemple", "nom: Caf de l’Exemple").with("statut: a_signer", "statut: projet")
                        .diagnostics(dossier));
    }

    @Test
    void refusesTheOfficialNameWithoutItsTerritory() {
        assertEquals(List.of("15:10: erreur[CTG-NOM-CAF]: le nom « Caisse d’allocations familiales » n’est pas le nom officiel d’une Caf,"
                + " « Caisse d’allocations familiales de/du/des … » | nommez le territoire après « Caisse d’allocations familiales »,"
                + " par exemple « Caisse d’allocations familiales des Alpes-de-Haute-Provence »"),
                minimale().with("nom: Caisse d’allocations familiales de l’Exemple", "nom: Caisse d’allocations familiales").diagnostics(dossier));
    }

    @Test
    void acceptsCapitalsAndAStraightApostrophe() {
        assertEquals(List.of(), minimale().with("nom: Caisse d’allocations familiales de l’Exemple",
                "nom: CAISSE D'ALLOCATIONS FAMILIALES DE L'EXEMPLE").diagnostics(dossier));
    }
}
