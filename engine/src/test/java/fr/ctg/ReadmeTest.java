package fr.ctg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.cli.CodesTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README tells the truth about the engine: its table of diagnostic codes is the engine's own. */
class ReadmeTest {

    private static final Path README = Path.of("../README.md");
    private static final String DEBUT = "<!-- codes:debut -->\n";
    private static final String FIN = "<!-- codes:fin -->";

    @Test
    void la_table_des_codes_du_readme_est_celle_du_moteur() throws IOException {
        String readme = Files.readString(README);
        int debut = readme.indexOf(DEBUT);
        int fin = readme.indexOf(FIN);
        assertTrue(debut >= 0 && fin > debut, "le README doit contenir les marqueurs " + DEBUT.strip() + " et " + FIN);

        assertEquals(CodesTable.ofEngine().markdown(), readme.substring(debut + DEBUT.length(), fin),
                "table des codes périmée : remplacez-la par la sortie de « ./ctg regles --format markdown »");
    }

    @Test
    void le_readme_donne_les_deux_commandes() throws IOException {
        String readme = Files.readString(README);
        assertTrue(readme.contains("./ctg valider conventions/"));
        assertTrue(readme.contains("mvn -B verify"));
        assertTrue(Files.readString(Path.of("../.ci/run")).contains("mvn -B verify"));
    }
}
