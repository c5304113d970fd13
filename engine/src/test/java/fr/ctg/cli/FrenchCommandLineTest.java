package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every mistake on the command line is told in French, on the first line of the error output, usage after. */
class FrenchCommandLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            generr                                  | ctg : Commande inconnue « generr ». Vouliez-vous dire « generer » ?
            générr                                  | ctg : Commande inconnue « générr ». Vouliez-vous dire « generer » ?
            imprimer                                | ctg : Commande inconnue « imprimer ». Les commandes : valider, generer, echeances, avenant, articles, schema, signer, verifier, enregistrer-signature, transmettre, accuse-reception, regles, bench, init, nouveau, apercu, modele.
            avenant broullon                        | ctg : Commande inconnue « broullon ». Vouliez-vous dire « brouillon » ?
            valider -x -y a                         | ctg : options inconnues : -x, -y
            valider --format                        | ctg : il manque la valeur de l’option --format
            valider --format json --format texte a  | ctg : l’option --format ne se donne qu’une fois
            avenant brouillon a                     | ctg : option obligatoire manquante : --depuis=REF
            signer a.pdf                            | ctg : options obligatoires manquantes : --champ=NOM, --certificat=FICHIER.p12
            bench --n abc                           | ctg : valeur « abc » invalide pour --n : un nombre entier est attendu
            regles en-trop                          | ctg : argument en trop : « en-trop »
            articles a b c                          | ctg : arguments en trop : « b », « c »
            verifier                                | ctg : paramètre obligatoire manquant : « PDF »
            """)
    void saysWhatIsWrongInFrench(String arguments, String firstLine) {
        CliRun run = ctg(arguments.split(" "));

        assertEquals(2, run.code());
        assertEquals(firstLine, run.err().lines().findFirst().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"générer", "génerér", "échéances", "vérifier", "règles", "Valider"})
    void understandsACommandTypedWithItsAccents(String command) {
        CliRun run = ctg(command, "--help");

        assertEquals(0, run.code());
        assertEquals("Utilisation : ctg " + AccentedCommands.unaccented(command), run.out().lines().findFirst().orElseThrow().split(" \\[")[0]);
    }
}
