package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static fr.ctg.cli.CliRun.minimalConvention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.pipeline.ForcalquierFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void exitsWithZeroForAConventionWithoutError() {
        Path file = minimalConvention(dir.resolve("convention.yaml"));

        CliRun run = ctg("valider", file.toString());

        assertEquals(new CliRun(0, file + " : 0 erreur, 0 avertissement\n", ""), run);
    }

    @Test
    void exitsWithOneAndShowsTheLineWhenThereIsAnError() {
        Path file = minimalConvention(dir.resolve("convention.yaml"), "statut: a_signer", "statut: a_signe");

        CliRun run = ctg("valider", file.toString());

        assertEquals(new CliRun(1, file + ":4:9: erreur[CTG-VALEUR-INCONNUE]: « a_signe » n’est pas une valeur possible pour « statut »\n"
                + "   |\n"
                + " 4 | statut: a_signe\n"
                + "   |         ^^^^^^^\n"
                + "   = aide : vouliez-vous dire « a_signer » ?\n"
                + "\n"
                + file + " : 1 erreur, 0 avertissement\n", ""), run);
    }

    @Test
    void exitsWithTwoForAMissingFile() {
        Path missing = dir.resolve("absente.yaml");

        CliRun run = ctg("valider", missing.toString());

        assertEquals(new CliRun(2, "", "ctg : le fichier " + missing + " n’existe pas\n"), run);
    }

    @Test
    void exitsWithTwoForAnUnknownOptionAndShowsTheCommandsUsage() {
        CliRun run = ctg("valider", "--inconnue", dir.toString());

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("ctg : option inconnue : --inconnue\nUtilisation : ctg valider [-hV] [--format=FORMAT] CHEMIN...\n"),
                run.err());
    }

    @Test
    void exitsWithTwoForAnUnknownFormat() {
        CliRun run = ctg("valider", "--format", "xml", dir.toString());

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("ctg : valeur « xml » invalide pour --format : valeurs possibles texte, json, sarif, codequality\n"), run.err());
    }

    @Test
    void exitsWithTwoWithoutAPath() {
        CliRun run = ctg("valider");

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("ctg : paramètre obligatoire manquant : « CHEMIN »\n"), run.err());
    }

    @Test
    void writesJsonForMachines() throws Exception {
        Path file = minimalConvention(dir.resolve("convention.yaml"), "statut: a_signer", "statut: a_signe");

        CliRun run = ctg("valider", "--format", "json", file.toString());

        assertEquals(1, run.code());
        assertEquals(new ObjectMapper().readTree("""
                {"fichiers": [{"fichier": "%1$s", "diagnostics": [{
                    "gravite": "erreur", "code": "CTG-VALEUR-INCONNUE", "fichier": "%1$s", "ligne": 4, "colonne": 9,
                    "ligne_fin": 4, "colonne_fin": 16,
                    "message": "« a_signe » n’est pas une valeur possible pour « statut »",
                    "aide": "vouliez-vous dire « a_signer » ?", "etiquettes": []}]}],
                 "erreurs": 1, "avertissements": 0, "illisibles": 0}
                """.formatted(file)), new ObjectMapper().readTree(run.out()));
    }

    @Test
    void listsTheFilesThatCouldNotBeReadInJson() throws Exception {
        Path file = minimalConvention(dir.resolve("convention.yaml"));
        Path missing = dir.resolve("absente/convention.yaml");

        CliRun run = ctg("valider", "--format", "json", file.toString(), missing.toString());

        assertEquals(2, run.code());
        assertEquals("ctg : le fichier " + missing + " n’existe pas\n", run.err());
        assertEquals(new ObjectMapper().readTree("""
                {"fichiers": [{"fichier": "%s", "diagnostics": []},
                              {"fichier": "%s", "illisible": "le fichier %2$s n’existe pas", "diagnostics": []}],
                 "erreurs": 0, "avertissements": 0, "illisibles": 1}
                """.formatted(file, missing)), new ObjectMapper().readTree(run.out()));
    }

    @Test
    void givesPathsRelativeToTheCurrentFolderForTheConventionAndItsAvenantsInJson() throws Exception {
        try (ReportFolder folder = ReportFolder.create()) {
            Path convention = ForcalquierFolder.copyInto(folder.relative());
            Path avenant = convention.resolve("avenants/avenant-01.yaml");
            Files.writeString(avenant, Files.readString(avenant).replace("lieu: Digne les bains", "lieux: Digne les bains"));

            JsonNode report = new ObjectMapper().readTree(ctg("valider", "--format", "json", convention.toAbsolutePath().toString()).out());

            JsonNode unknownKey = report.get("fichiers").get(0).get("diagnostics").findParents("code").stream()
                    .filter(d -> d.get("code").asText().equals("CTG-CHAMP-INCONNU")).findFirst().orElseThrow();
            assertEquals(convention + "/convention.yaml", report.get("fichiers").get(0).get("fichier").asText());
            assertEquals(avenant + ":10:1", unknownKey.get("fichier").asText() + ":" + unknownKey.get("ligne") + ":" + unknownKey.get("colonne"));
            assertTrue(convention.toString().startsWith("target/rapports-"), convention.toString());
        }
    }

    @Test
    void writesTheOtherPlacesADiagnosticPointsAtInJson() throws Exception {
        Path file = minimalConvention(dir.resolve("convention.yaml"), "  - id: cc\n", "  - id: caf\n");

        JsonNode report = new ObjectMapper().readTree(ctg("valider", "--format", "json", file.toString()).out());

        JsonNode duplicate = report.get("fichiers").get(0).get("diagnostics").findParents("code").stream()
                .filter(d -> d.get("code").asText().equals("CTG-PARTIE-DOUBLE")).findFirst().orElseThrow();
        assertEquals(new ObjectMapper().readTree("""
                [{"fichier": "%s", "ligne": 12, "colonne": 9, "ligne_fin": 12, "colonne_fin": 12,
                  "note": "première déclaration de « caf » ici"}]
                """.formatted(file)), duplicate.get("etiquettes"));
        assertEquals(22, duplicate.get("ligne").asInt());
    }

    @Test
    void writesEmptyDiagnosticsAsAnEmptyJsonList() throws Exception {
        Path file = minimalConvention(dir.resolve("convention.yaml"));

        JsonNode report = new ObjectMapper().readTree(ctg("valider", "--format", "json", file.toString()).out());

        assertEquals(0, report.get("fichiers").get(0).get("diagnostics").size());
        assertEquals(0, report.get("erreurs").asInt());
    }

    @Test
    void validatesEveryConventionOfTheFoldersBelowInNameOrderSkippingHiddenOnes() {
        Path first = minimalConvention(dir.resolve("a-premiere/convention.yaml"));
        Path second = minimalConvention(dir.resolve("b-seconde/convention.yaml"), "statut: a_signer", "statut: a_signe");
        minimalConvention(dir.resolve(".brouillons/convention.yaml"), "statut: a_signer", "statut: ???");

        CliRun run = ctg("valider", dir.toString());

        assertEquals(1, run.code());
        String[] lines = run.out().split("\n");
        assertEquals(first + " : 0 erreur, 0 avertissement", lines[0]);
        assertEquals(second + " : 1 erreur, 0 avertissement", lines[lines.length - 2]);
        assertEquals("2 conventions vérifiées : 1 erreur, 0 avertissement", lines[lines.length - 1]);
    }

    @Test
    void takesAFoldersOwnConventionRatherThanSearchingBelow() {
        Path own = minimalConvention(dir.resolve("convention.yaml"));
        minimalConvention(dir.resolve("ancienne/convention.yaml"), "statut: a_signer", "statut: a_signe");

        assertEquals(new CliRun(0, own + " : 0 erreur, 0 avertissement\n", ""), ctg("valider", dir.toString()));
    }

    @Test
    void exitsWithTwoForAFolderWithoutConvention() throws Exception {
        Files.createDirectories(dir.resolve("vide"));

        assertEquals(new CliRun(2, "", "ctg : aucun fichier convention.yaml trouvé dans [" + dir + "]\n"), ctg("valider", dir.toString()));
    }

    @Test
    void checksAFileGivenTenThousandTimesOnce() {
        Path file = minimalConvention(dir.resolve("convention.yaml"));
        String[] arguments = new String[10_001];
        arguments[0] = "valider";
        java.util.Arrays.fill(arguments, 1, arguments.length, file.toString());
        arguments[2] = dir.resolve("./convention.yaml").toString();

        assertEquals(new CliRun(0, file + " : 0 erreur, 0 avertissement\n", ""), ctg(arguments));
    }

    /** Printed as it is, a line break in a folder's name would forge a line of the report. */
    @Test
    void leavesOutAPathHoldingALineBreakAndSaysItEscaped() {
        Path forged = minimalConvention(dir.resolve("a\nconvention.yaml:1:1: erreur[CTG-FAUX]: faux/convention.yaml"));
        Path good = minimalConvention(dir.resolve("minimale/convention.yaml"));

        assertEquals(new CliRun(0, good + " : 0 erreur, 0 avertissement\n", "ctg : " + dir + "/a\\u000Aconvention.yaml:1:1:"
                + " erreur[CTG-FAUX]: faux/convention.yaml est ignoré : son chemin contient un caractère de contrôle (retour à la ligne,"
                + " tabulation…) ; renommez le dossier ou le fichier\n"), ctg("valider", dir.toString()));
    }

    /** "ctg valider … > /dev/full" once exited 0, the report lost. */
    @Test
    void exitsWithTwoWhenTheStandardOutputCannotBeWritten() {
        Path file = minimalConvention(dir.resolve("convention.yaml"));
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();

        int code = Ctg.execute(new String[] {"valider", file.toString()}, new java.io.PrintWriter(full), new java.io.PrintWriter(err));

        assertEquals(2, code);
        assertEquals("ctg : la sortie standard n’a pas pu être écrite entièrement (disque plein, tube fermé ?) ; ce qu’elle devait"
                + " contenir est incomplet\n", err.toString());
    }
}
