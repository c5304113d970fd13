package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.style.StyleFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** valider and generer see a Caf's house style as they see its convention. */
class HouseStyleValidationTest {

    @TempDir
    Path temp;

    @Test
    void validerPointsIntoTheStyleFileAndGenererProducesNothing() throws Exception {
        StyleFixture fixture = new StyleFixture(temp).style("couleurs:\n  titres: bleu\n");
        Path style = fixture.styleFolder().resolve("style-maison.yaml");

        CliRun run = CliRun.ctg("valider", fixture.conventionFile().toString());

        assertEquals(new CliRun(1, style + ":2:11: erreur[CTG-STYLE-COULEUR]: « bleu » n’est pas une couleur : le style maison attend"
                + " « # » suivi de six chiffres hexadécimaux\n"
                + "   |\n"
                + " 2 |   titres: bleu\n"
                + "   |           ^^^^\n"
                + "   = aide : écrivez par exemple titres: \"#0A5EA8\" (rouge, vert et bleu, chacun de 00 à FF)\n"
                + "\n"
                + fixture.conventionFile() + " : 1 erreur, 0 avertissement\n", ""), run);
        Path out = temp.resolve("out");
        assertEquals(1, CliRun.ctg("generer", fixture.conventionFile().toString(), "-o", out.toString()).code());
        assertEquals(false, Files.exists(out.resolve("minimale/convention.pdf")));
    }
}
