package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static fr.ctg.cli.CliRun.minimalConvention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void measuresEveryStageAndReportsInFrench(@TempDir Path dir) {
        Path convention = minimalConvention(dir.resolve("minimale/convention.yaml"));

        CliRun run = ctg("bench", "--convention", convention.toString(), "--n", "2", "--echauffement", "0", "--mesures", "2",
                "--froid", "1", "--validation", "3", "--libreoffice", "0");

        assertTrue(run.code() == 0 || run.code() == 1, run.err() + run.out());
        assertEquals("", run.err());
        for (String expected : new String[] {
            "^Machine : \\d+ cœurs?, .+, Java 17",
            "^  lecture et validation +[\\d,]+ m?s$",
            "^  composition \\(XHTML\\) +[\\d,]+ m?s$",
            "^  DOCX +[\\d,]+ m?s$",
            "^  PDF/A +[\\d,]+ m?s$",
            "^  les quatre ensemble : médiane [\\d,]+ m?s, p95 [\\d,]+ m?s$",
            "^  signature d’un champ \\(PAdES B-B, « ctg signer »\\) : médiane [\\d,]+ m?s, p95 [\\d,]+ m?s$",
            "^Aperçu \\(« ctg apercu »\\), de l’enregistrement du YAML à la page prête à être relue \\(0 enregistrements d’échauffement,"
                    + " 2 mesurés\\) :\\n  médiane [\\d,]+ m?s, p95 [\\d,]+ m?s$",
            "^À froid, « ctg generer » d’une convention dans un processus neuf \\(1 fois\\) : médiane [\\d,]+ m?s, pic RSS ",
            "^Lot de 2 conventions synthétiques \\(« ctg generer », -Xmx512m\\) …\\n  [\\d,]+ m?s, [\\d,]+ conventions par seconde, pic RSS ",
            "^Validation de 3 fichiers \\(« ctg valider », processus neuf\\) …\\n  [\\d,]+ m?s, pic RSS ",
            "^  \\[(atteint|manqué)\\] +« ctg generer » d’une convention à froid ≤ 1500 ms : médiane ",
            "^  \\[(atteint|manqué)\\] +mise à jour de l’aperçu après un enregistrement ≤ 400 ms : médiane [\\d,]+ m?s$"}) {
            assertTrue(Pattern.compile(expected, Pattern.MULTILINE).matcher(run.out()).find(), expected + "\n" + run.out());
        }
    }

    @Test
    void exitsWithTwoWhenTheConventionIsMissing(@TempDir Path dir) {
        Path missing = dir.resolve("absente.yaml");

        assertEquals(new CliRun(2, "", "ctg : la convention " + missing + " n’existe pas ; indiquez-la avec --convention\n"),
                ctg("bench", "--convention", missing.toString()));
    }

    @Test
    void exitsWithTwoForANonPositiveBatchSize(@TempDir Path dir) {
        Path convention = minimalConvention(dir.resolve("minimale/convention.yaml"));

        assertEquals(new CliRun(2, "", "ctg : les nombres de mesures et les tailles de lots doivent être positifs (--mesures au moins 1)\n"),
                ctg("bench", "--convention", convention.toString(), "--n", "0"));
    }
}
