package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.validate.ConventionSnippet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjetDeliberationTest {

    @TempDir
    Path dossier;

    private static ConventionSnippet objet(String objet) {
        return minimale().with("    numero: 2023-112\n", "    numero: 2023-112\n    objet: " + objet + "\n");
    }

    @Test
    void acceptsATitleAndAnIntroducedObjet() {
        assertEquals(List.of(), objet("Approbation de la convention territoriale globale 2024-2028").diagnostics(dossier));
        assertEquals(List.of(), objet("autorisant le Président à signer la convention").diagnostics(dossier));
    }

    @Test
    void warnsWhenTheObjetStartsLikeASentence() {
        assertEquals(List.of("39:12: avertissement[CTG-DELIBERATION-OBJET]: l’objet de la délibération du conseil communautaire de la"
                + " Communauté de communes du Val d’Exemple commence par « Le », comme une phrase : le visa le reprend après la date"
                + " (« en date du … Le conseil approuve la convention ») | écrivez le titre de la délibération (« Approbation de la"
                + " convention territoriale globale ») ou son objet introduit par « portant », « concernant » ou « autorisant »"),
                objet("Le conseil approuve la convention").diagnostics(dossier));
    }

    @Test
    void warnsWhenTheObjetEndsWithAFullStop() {
        assertEquals(List.of("39:12: avertissement[CTG-DELIBERATION-OBJET]: l’objet de la délibération du conseil communautaire de la"
                + " Communauté de communes du Val d’Exemple se termine par un point, comme une phrase : le visa le reprend après la"
                + " date (« en date du … Approbation de la convention. ») | écrivez le titre de la délibération (« Approbation de la"
                + " convention territoriale globale ») ou son objet introduit par « portant », « concernant » ou « autorisant »"),
                objet("Approbation de la convention.").diagnostics(dossier));
    }
}
