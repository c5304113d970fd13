package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencePartieTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAnUnknownDeliberatingPartyWithTheClosestId() {
        assertEquals(List.of("23:9: erreur[CTG-DELIBERATION-MANQUANTE]: « Communauté de communes du Val d’Exemple » est une"
                + " collectivité, mais aucune délibération ne l’autorise à signer | ajoutez à « deliberations » une entrée"
                + " « partie: cc » avec l’organe et la date de la délibération",
                "35:13: erreur[CTG-REFERENCE-PARTIE]: aucune partie n’a l’identifiant « ccc » | vouliez-vous dire « cc » ?"),
                minimale().with("  - partie: cc", "  - partie: ccc").diagnostics(dossier));
    }

    @Test
    void reportsAnUnknownCopiloteWithTheKnownIds() {
        assertEquals(List.of("61:22: erreur[CTG-REFERENCE-PARTIE]: aucune partie n’a l’identifiant « mairie » | identifiants des"
                + " parties : caf, cc"),
                minimale().with("copilotes: [caf, cc]", "copilotes: [caf, mairie]").diagnostics(dossier));
    }

    @Test
    void reportsUnknownPilotsAndPartnersOfFiches() {
        assertEquals(List.of("84:13: erreur[CTG-REFERENCE-PARTIE]: aucune partie n’a l’identifiant « cf » | vouliez-vous dire « caf » ?",
                "85:24: erreur[CTG-REFERENCE-PARTIE]: aucune partie n’a l’identifiant « mairie » | identifiants des parties : caf, cc"),
                minimale().with("jeunes enfants\n", "jeunes enfants\n    pilote: cf\n    partenaires: [caf, mairie]\n").diagnostics(dossier));
    }
}
