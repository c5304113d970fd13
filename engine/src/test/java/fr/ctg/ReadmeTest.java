package fr.ctg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.cli.CodesTable;
import fr.ctg.cli.ExplanationPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README tells the truth about the engine: its table of diagnostic codes and its links to their pages are the engine's own. */
class ReadmeTest {

    private static final Path README = Path.of("../README.md");

    @Test
    void la_table_des_codes_du_readme_est_celle_du_moteur() throws IOException {
        assertEquals(CodesTable.ofEngine().markdown(), generatedSection("codes"),
                "table des codes périmée : remplacez-la par la sortie de « ./ctg regles --format markdown »");
    }

    @Test
    void le_readme_renvoie_a_la_page_de_chaque_code() throws IOException {
        assertEquals(ExplanationPage.readmeLinks(CodesTable.ofEngine()), generatedSection("explications"),
                "liste des pages d’explication périmée : remplacez-la par la liste attendue ci-dessous");
    }

    @Test
    void le_readme_donne_les_deux_commandes() throws IOException {
        String readme = Files.readString(README);
        assertTrue(readme.contains("./ctg valider conventions/"));
        assertTrue(readme.contains("mvn -B verify"));
        assertTrue(Files.readString(Path.of("../.ci/run")).contains("mvn -B verify"));
    }

    /** The text between {@code <!-- name:debut -->} and {@code <!-- name:fin -->}. */
    private static String generatedSection(String name) throws IOException {
        String readme = Files.readString(README);
        String debut = "<!-- " + name + ":debut -->\n";
        String fin = "<!-- " + name + ":fin -->";
        int from = readme.indexOf(debut);
        int to = readme.indexOf(fin);
        assertTrue(from >= 0 && to > from, "le README doit contenir les marqueurs " + debut.strip() + " et " + fin);
        return readme.substring(from + debut.length(), to);
    }
}
