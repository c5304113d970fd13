package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpTest {

    private static final List<String> ENGLISH = List.of("Usage", "Show this", "Print version", "Commands", "Options:", "Default");

    @Test
    void describesValiderInFrench() {
        assertEquals(new CliRun(0, """
                Utilisation : ctg valider [-hV] [--format=FORMAT] CHEMIN...
                Vérifie des conventions (fichiers YAML) et leurs avenants, et signale chaque
                problème avec sa position.
                Code de sortie : 0 sans erreur (avertissements permis), 1 si une erreur, 2 si
                la commande est mal écrite ou un fichier illisible.

                Paramètres :
                      CHEMIN...         Un fichier convention.yaml, ou un dossier où chercher
                                          les */convention.yaml.

                Options :
                      --format=FORMAT   Présentation des résultats : texte, json, sarif,
                                          codequality (défaut : texte) ; sarif pour l’analyse
                                          de code (GitHub, GitLab), codequality pour le rapport
                                          Code Quality de GitLab.
                  -h, --help            Affiche cette aide, puis s’arrête.
                  -V, --version         Affiche la version, puis s’arrête.
                """, ""), ctg("valider", "--help"));
    }

    @Test
    void listsTheCommandsInFrench() {
        CliRun run = ctg("--help");

        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("Utilisation : ctg [-hV] [COMMANDE]\n"), run.out());
        assertTrue(run.out().contains("\nCommandes :\n  valider                Vérifie des conventions"), run.out());
        assertTrue(run.out().contains("\n  -h, --help      Affiche cette aide, puis s’arrête.\n"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "valider", "generer", "echeances", "avenant", "avenant brouillon", "articles", "schema", "signer", "verifier",
        "enregistrer-signature", "transmettre", "accuse-reception", "regles", "bench", "init", "nouveau", "apercu", "modele", "modele liste",
        "modele voir", "modele copier"})
    void saysNothingInEnglish(String command) {
        String help = (command.isEmpty() ? ctg("--help") : ctg((command + " --help").split(" "))).out();

        for (String english : ENGLISH) {
            assertTrue(!help.contains(english), "« " + english + " » dans l’aide de ctg " + command + " :\n" + help);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void printsTheVersionAndTheCommit(String option) {
        CliRun run = ctg(option);

        assertEquals(0, run.code());
        assertTrue(run.out().matches("ctg 0\\.1\\.0 \\(commit ([0-9a-f]{12}|inconnu)\\)\n"), run.out());
        assertEquals(run, ctg("valider", option));
    }

    @Test
    void asksForACommandWhenGivenNone() {
        CliRun run = ctg();

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("ctg : indiquez une commande : valider, generer, echeances, avenant, articles, schema, signer, verifier,"
                + " enregistrer-signature, transmettre, accuse-reception, regles, bench, init, nouveau, apercu, modele\nUtilisation : ctg [-hV] [COMMANDE]\n"),
                run.err());
        assertEquals(1, run.err().split("Utilisation", -1).length - 1, "l’aide n’est montrée qu’une fois");
    }
}
