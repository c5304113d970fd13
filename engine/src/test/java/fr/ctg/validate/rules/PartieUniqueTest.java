package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartieUniqueTest {

    static final String COMMUNE_CC = """
              - id: cc
                type: commune
                nom: Commune d’Exempleville
                article: la
                genre: feminin
                representants:
                  - civilite: Mme
                    nom: Anne PETIT
                    qualite: Maire
            deliberations:
            """;

    @TempDir
    Path dossier;

    @Test
    void reportsASecondPartyWithTheSameIdAndWhereTheFirstIs() {
        assertEquals(List.of("34:9: erreur[CTG-PARTIE-DOUBLE]: l’identifiant « cc » est déjà celui de « Communauté de communes du Val"
                + " d’Exemple » (ligne 23) | donnez à chaque partie un identifiant différent"
                + " | 23:9-23:11 première déclaration de « cc » ici"),
                minimale().with("deliberations:\n", COMMUNE_CC).diagnostics(dossier));
    }
}
