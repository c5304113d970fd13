package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliberationManquanteTest {

    static final String DELIBERATION = """
            deliberations:
              - partie: cc
                organe: conseil_communautaire
                date: 2023-11-20
                numero: 2023-112
            """;

    @TempDir
    Path dossier;

    @Test
    void reportsACollectivityWithoutDeliberation() {
        assertEquals(List.of("23:9: erreur[CTG-DELIBERATION-MANQUANTE]: « Communauté de communes du Val d’Exemple » est une"
                + " collectivité, mais aucune délibération ne l’autorise à signer | ajoutez à « deliberations » une entrée"
                + " « partie: cc » avec l’organe et la date de la délibération"),
                minimale().with(DELIBERATION, "").diagnostics(dossier));
    }

    @Test
    void onlyWarnsInADraft() {
        assertEquals(List.of("23:9: avertissement[CTG-DELIBERATION-MANQUANTE]: « Communauté de communes du Val d’Exemple » est une"
                + " collectivité, mais aucune délibération ne l’autorise à signer | ajoutez à « deliberations » une entrée"
                + " « partie: cc » avec l’organe et la date de la délibération"),
                minimale().with(DELIBERATION, "").with("statut: a_signer", "statut: projet").diagnostics(dossier));
    }
}
