package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchHelpTest {

    private static List<String> lines(String text, int first, int next) {
        return FrenchHelp.FrenchTable.lines(text, first, next).stream().map(range -> text.substring(range[0], range[1])).toList();
    }

    @Test
    void breaksAtSpacesOnlyNeverAfterAnApostropheNorInsideAFileName() {
        assertEquals(List.of("le brouillon de", "l’avenant", "suivant", "(convention.yaml)"),
                lines("le brouillon de l’avenant suivant (convention.yaml)", 17, 17));
    }

    @Test
    void neverPutsAColonOrAClosingGuillemetAtTheStartOfALine() {
        assertEquals(List.of("valeurs", "(défaut :", "texte) « x »"), lines("valeurs (défaut : texte) « x »", 10, 14));
        assertEquals(List.of("le mot", "« brouillon »"), lines("le mot « brouillon »", 10, 14));
    }

    @Test
    void keepsRoomForTheSpaceAfterTheLastWordOfALineAsPicocliDoes() {
        assertEquals(List.of("un deux", "trois"), lines("un deux trois", 8, 8));
        assertEquals(List.of("un deux trois"), lines("un deux trois", 13, 13));
    }

    @Test
    void cutsAWordLongerThanALine() {
        assertEquals(List.of("voir", "conventions/forca", "lquier"), lines("voir conventions/forcalquier", 17, 17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"valider", "generer", "echeances", "avenant brouillon", "articles", "schema", "signer", "verifier",
        "enregistrer-signature", "regles", "bench"})
    void neverBreaksAWordOfTheHelp(String command) {
        assertNoWordBroken(ctg((command + " --help").split(" ")).out().lines().toList());
    }

    @Test
    void neverBreaksAWordOfTheListOfCommands() {
        List<String> help = ctg("--help").out().lines().toList();

        assertTrue(help.contains("                           l’empreinte du PDF, sans toucher au reste du"), String.join("\n", help));
        assertNoWordBroken(help);
    }

    private static void assertNoWordBroken(List<String> help) {
        for (int i = 0; i < help.size(); i++) {
            String line = help.get(i);
            assertTrue(!line.endsWith("’") && !line.endsWith("«") && !line.endsWith("n°") && !line.strip().matches("^[:;!?»].*"),
                    "ligne " + (i + 1) + " : " + line);
            assertTrue(line.length() <= 80, line);
        }
    }
}
