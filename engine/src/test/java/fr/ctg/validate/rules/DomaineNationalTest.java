package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomaineNationalTest {

    @TempDir
    Path dossier;

    @Test
    void suggestsTheNationalDomainAMisspeltOneMeant() {
        assertEquals(List.of("70:16: erreur[CTG-DOMAINE]: « parentalite » n’est pas un domaine de la liste nationale | vouliez-vous"
                + " dire « parentalité » ?"),
                minimale().with("domaines: [parentalité]", "domaines: [parentalite]").diagnostics(dossier));
    }

    @Test
    void listsTheNationalDomainsWhenNoneIsClose() {
        assertEquals(List.of("70:16: erreur[CTG-DOMAINE]: « culture » n’est pas un domaine de la liste nationale | domaines possibles :"
                + " petite enfance, enfance, jeunesse, parentalité, accès aux droits et aux services, inclusion numérique, animation de la"
                + " vie sociale, logement, handicap, accompagnement social, coordination territoriale"),
                minimale().with("domaines: [parentalité]", "domaines: [culture]").diagnostics(dossier));
    }

    @Test
    void acceptsEveryNationalDomain() {
        assertEquals(List.of(), minimale().with("domaines: [parentalité]", "domaines: [" + String.join(", ", DomaineNational.DOMAINES) + "]")
                .diagnostics(dossier));
    }
}
