package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static fr.ctg.cli.CliRun.minimalConvention;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.generate.FileStates;
import fr.ctg.pipeline.ForcalquierFolder;
import fr.ctg.sign.BlankPdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    private static final Pattern DURATION = Pattern.compile("en \\d+,\\d s$");

    @TempDir
    Path dir;

    @Test
    void writesBothDocumentsOfEveryConventionOfAFolderIntoTheOutputFolder() {
        minimalConvention(dir.resolve("conventions/premiere/convention.yaml"));
        minimalConvention(dir.resolve("conventions/seconde/convention.yaml"));
        Path output = dir.resolve("documents");

        CliRun run = ctg("generer", dir.resolve("conventions").toString(), "-o", output.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(List.of(
                        "premiere : " + output.resolve("premiere/convention.pdf") + ", " + output.resolve("premiere/convention.docx"),
                        "seconde : " + output.resolve("seconde/convention.pdf") + ", " + output.resolve("seconde/convention.docx"),
                        "2 conventions produites, 0 en échec, en"),
                sortedProgressThenSummary(run.out()));
        for (String id : List.of("premiere", "seconde")) {
            assertTrue(Files.isRegularFile(output.resolve(id).resolve("convention.pdf")), id);
            assertTrue(Files.isRegularFile(output.resolve(id).resolve("convention.docx")), id);
        }
    }

    @Test
    void aFailingConventionAmongGoodOnesIsReportedAndTheOthersAreProduced() {
        minimalConvention(dir.resolve("conventions/bonne/convention.yaml"));
        Path bad = minimalConvention(dir.resolve("conventions/mauvaise/convention.yaml"), "statut: a_signer", "statut: a_signe");
        minimalConvention(dir.resolve("conventions/valide/convention.yaml"));
        Path output = dir.resolve("sortie");

        CliRun run = ctg("generer", dir.resolve("conventions").toString(), "--sortie", output.toString());

        assertEquals(1, run.code());
        assertEquals(bad + ":4:9: erreur[CTG-VALEUR-INCONNUE]: « a_signe » n’est pas une valeur possible pour « statut »\n"
                + "   |\n"
                + " 4 | statut: a_signe\n"
                + "   |         ^^^^^^^\n"
                + "   = aide : vouliez-vous dire « a_signer » ?\n"
                + "\n"
                + bad + " : 1 erreur, 0 avertissement\n"
                + bad + " : non produite, corrigez d’abord les erreurs ci-dessus\n", run.err());
        assertEquals(List.of(
                        "bonne : " + output.resolve("bonne/convention.pdf") + ", " + output.resolve("bonne/convention.docx"),
                        "valide : " + output.resolve("valide/convention.pdf") + ", " + output.resolve("valide/convention.docx"),
                        "2 conventions produites, 1 en échec, en",
                        "  " + bad + ":4:9: erreur[CTG-VALEUR-INCONNUE]: « a_signe » n’est pas une valeur possible pour « statut »"),
                sortedProgressThenSummary(run.out()));
        assertTrue(Files.isRegularFile(output.resolve("valide/convention.pdf")));
        assertTrue(!Files.exists(output.resolve("mauvaise")));
    }

    /**
     * Generates a convention whose override folder redefines the title page (macro pageDeTitre) with this body, and checks that nothing is produced and
     * that the error output is the template's file, then {@code diagnostic}, then the refusal.
     */
    private void assertRefusedForItsTitlePage(String titlePage, String diagnostic) throws Exception {
        Path file = minimalConvention(dir.resolve("cassee/convention.yaml"));
        Files.writeString(file, Files.readString(file) + "modeles: modeles\n");
        Path template = Files.createDirectories(dir.resolve("cassee/modeles/partials")).resolve("page-de-titre.ftlx");
        Files.writeString(template, "<#macro pageDeTitre>\n" + titlePage + "</#macro>\n");

        CliRun run = ctg("generer", file.toString(), "-o", dir.resolve("sortie").toString());

        assertEquals(1, run.code());
        assertEquals(template.toAbsolutePath().normalize() + diagnostic + "\n" + file + " : non produite, corrigez d’abord le modèle ci-dessus\n",
                run.err());
        assertTrue(!Files.exists(dir.resolve("sortie/cassee")));
    }

    @Test
    void showsATemplateErrorLikeAValidationDiagnosticWithTheTemplatesLine() throws Exception {
        assertRefusedForItsTitlePage("<p class=\"titre-document\">${convention.titre}</p>\n<p>${convention.inexistant}</p>\n",
                ":3:6: erreur[CTG-MODELE]: la valeur « convention.inexistant » est absente du modèle de données\n"
                + "   |\n"
                + " 3 | <p>${convention.inexistant}</p>\n"
                + "   |      ^^^^^^^^^^^^^^^^^^^^^\n");
    }

    @Test
    void showsMarkupOutsideTheContractAtTheTemplatesTagWithTheOtherPlaceInvolved() throws Exception {
        assertRefusedForItsTitlePage("<p class=\"titre-document\">${convention.titre}</p>\n<ul>\n  <li>premier point</li>\n",
                ":3:1: erreur[CTG-MODELE]: la balise <ul> n’est jamais fermée (</body> arrive avant </ul>)\n"
                + "    |\n"
                + "  3 | <ul>\n"
                + "    | ^^^^\n"
                + "  ::: templates/partials/document.ftlx:23:1\n"
                + "    |\n"
                + " 23 | </body>\n"
                + "    | ------- </body> arrive ici\n"
                + "    = aide : fermez la balise <ul> par </ul> avant </body>\n");
    }

    @Test
    void exitsWithTwoWhenAFileIsMissingAndStillProducesTheOthers() {
        Path good = minimalConvention(dir.resolve("bonne/convention.yaml"));
        Path missing = dir.resolve("absente/convention.yaml");
        Path output = dir.resolve("sortie");

        CliRun run = ctg("generer", missing.toString(), good.toString(), "-o", output.toString());

        assertEquals(2, run.code());
        assertEquals("ctg : le fichier " + missing + " n’existe pas\n", run.err());
        assertEquals(List.of(
                        "bonne : " + output.resolve("bonne/convention.pdf") + ", " + output.resolve("bonne/convention.docx"),
                        "1 convention produite, 1 en échec, en",
                        "  le fichier " + missing + " n’existe pas"),
                sortedProgressThenSummary(run.out()));
        assertTrue(Files.isRegularFile(output.resolve("bonne/convention.docx")));
    }

    @Test
    void exitsWithTwoWhenAFolderHoldsNoConvention() {
        CliRun run = ctg("generer", dir.toString(), "-o", dir.resolve("sortie").toString());

        assertEquals(new CliRun(2, "", "ctg : aucun fichier convention.yaml trouvé dans [" + dir + "]\n"), run);
    }

    @Test
    void describesItselfInFrench() {
        assertEquals(new CliRun(0, """
                Utilisation : ctg generer [-hV] [--force] [-o=DOSSIER] CHEMIN...
                Produit, pour chaque convention valide, DOSSIER/<id>/convention.pdf (PDF/A prêt
                à signer) et convention.docx.
                Une convention en erreur n’est pas produite (ses diagnostics sont affichés) ;
                les autres le sont.
                Une convention dont rien n’a changé depuis ses documents (ses fichiers, les
                modèles, le moteur) est « à jour » : elle n’est pas refaite, sauf avec --force.
                Les conventions sont produites en parallèle, sur tous les cœurs de la machine ;
                un résumé suit.
                Code de sortie : 0 si tout est produit ou à jour, 1 si une convention a échoué,
                2 si la commande est mal écrite ou un fichier illisible.

                Paramètres :
                      CHEMIN...          Un fichier convention.yaml, ou un dossier où chercher
                                           les */convention.yaml.

                Options :
                      --force            Refait aussi les conventions à jour.
                  -h, --help             Affiche cette aide, puis s’arrête.
                  -o, --sortie=DOSSIER   Dossier où écrire les documents (défaut : out).
                  -V, --version          Affiche la version, puis s’arrête.
                """, ""), ctg("generer", "--help"));
    }

    @Test
    void writesEachAvenantAndTheConsolidatedConventionBesideTheConvention() throws Exception {
        Path forcalquier = dir.resolve("conventions/forcalquier-2022-2024");
        Files.createDirectories(forcalquier.resolve("avenants"));
        Path source = Path.of("../conventions/forcalquier-2022-2024");
        Files.copy(source.resolve("convention.yaml"), forcalquier.resolve("convention.yaml"));
        Files.copy(source.resolve("avenants/avenant-01.yaml"), forcalquier.resolve("avenants/avenant-01.yaml"));
        Path output = dir.resolve("out");

        CliRun run = ctg("generer", forcalquier.toString(), "-o", output.toString());

        assertEquals(0, run.code(), run.err());
        Path folder = output.resolve("forcalquier-2022-2024");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(".ctg-empreintes", "avenant-01.docx", "avenant-01.pdf", "convention-consolidee.docx", "convention-consolidee.pdf",
                    "convention.docx", "convention.pdf"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(run.out().contains("forcalquier-2022-2024 : " + folder.resolve("avenant-01.pdf") + ", " + folder.resolve("avenant-01.docx")),
                run.out());
    }

    @Test
    void leavesASignedConventionsPdfAsItIsWritesItsDocxAndSucceeds() throws Exception {
        Path output = dir.resolve("out");
        Path signed = output.resolve("signee/convention.pdf");
        Files.createDirectories(signed.getParent());
        byte[] original = "le PDF signé".getBytes(StandardCharsets.UTF_8);
        Files.write(signed, original);
        String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(original));
        minimalConvention(dir.resolve("conventions/signee/convention.yaml"), "statut: a_signer",
                "statut: signee\nempreinte_pdf_signe: " + fingerprint);

        CliRun run = ctg("generer", dir.resolve("conventions").toString(), "-o", output.toString());

        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("signee : " + signed + " est signé, il est laissé tel quel (le DOCX est à jour)\n"), run.out());
        assertArrayEquals(original, Files.readAllBytes(signed));
        assertTrue(Files.isRegularFile(signed.resolveSibling("convention.docx")));
    }

    @Test
    void leavesARecordedSignedAvenantsPdfAsItIsAndSucceeds() throws Exception {
        Path convention = ForcalquierFolder.copyInto(dir.resolve("conventions")).resolve("convention.yaml");
        byte[] scan = BlankPdf.onePage();
        Path pdf = Files.write(dir.resolve("scan.pdf"), scan);
        Path output = dir.resolve("out");
        Path signed = output.resolve("forcalquier-2022-2024/avenant-01.pdf");
        assertEquals(0, ctg("enregistrer-signature", convention.toString(), pdf.toString(), "--avenant", "1", "--papier").code());
        Files.createDirectories(signed.getParent());
        Files.write(signed, scan);

        CliRun run = ctg("generer", convention.toString(), "-o", output.toString());

        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("forcalquier-2022-2024 : " + signed + " est signé, il est laissé tel quel (le DOCX est à jour)\n"),
                run.out());
        assertArrayEquals(scan, Files.readAllBytes(signed));
    }

    @Test
    void aSecondRunOfTheBundledConventionsWritesNothingAndSaysTheyAreUpToDateUntilForced() throws Exception {
        Path output = dir.resolve("out");
        List<String> ids = List.of("cazals-salviac-2022-2026", "conflent-canigou-2021-2025", "forcalquier-2022-2024");
        assertEquals(0, ctg("generer", "../conventions", "-o", output.toString()).code());
        Map<Path, String> written = FileStates.below(output);

        CliRun again = ctg("generer", "../conventions", "-o", output.toString());

        assertEquals(0, again.code(), again.err());
        assertEquals("", again.err());
        assertEquals(List.of(
                        ids.get(0) + " : à jour (" + output.resolve(ids.get(0)) + ")",
                        ids.get(1) + " : à jour (" + output.resolve(ids.get(1)) + ")",
                        ids.get(2) + " : à jour (" + output.resolve(ids.get(2)) + ")",
                        "0 convention produite, 3 à jour, 0 en échec, en"),
                sortedProgressThenSummary(again.out()));
        assertEquals(written, FileStates.below(output));

        CliRun forced = ctg("generer", "--force", "../conventions", "-o", output.toString());

        assertEquals(0, forced.code(), forced.err());
        assertEquals("3 conventions produites, 0 en échec, en", sortedProgressThenSummary(forced.out()).get(5));
        Map<Path, String> rewritten = FileStates.below(output);
        assertEquals(written.keySet(), rewritten.keySet());
        for (Path file : written.keySet()) {
            assertTrue(!written.get(file).equals(rewritten.get(file)), file + " n’a pas été réécrit");
        }
    }

    @Test
    void aSignedPdfKeptAsItIsIsRecordedSoTheNextRunIsUpToDate() throws Exception {
        Path output = dir.resolve("out");
        Path signed = output.resolve("signee/convention.pdf");
        Files.createDirectories(signed.getParent());
        Files.write(signed, BlankPdf.onePage());
        String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(signed)));
        minimalConvention(dir.resolve("conventions/signee/convention.yaml"), "statut: a_signer", "statut: signee\nempreinte_pdf_signe: " + fingerprint);
        assertEquals(0, ctg("generer", dir.resolve("conventions").toString(), "-o", output.toString()).code());

        CliRun again = ctg("generer", dir.resolve("conventions").toString(), "-o", output.toString());

        assertEquals(0, again.code(), again.err());
        assertEquals(List.of("signee : à jour (" + output.resolve("signee") + ")", "0 convention produite, 1 à jour, 0 en échec, en"),
                sortedProgressThenSummary(again.out()));
    }

    /**
     * Conventions finish in any order: the progress lines are sorted, the summary (whose duration varies)
     * is cut before the number of seconds, which must be there.
     */
    private static List<String> sortedProgressThenSummary(String out) {
        List<String> lines = Arrays.asList(out.split("\n"));
        int summary = 0;
        while (!lines.get(summary).matches("\\d+ conventions? produites?, .*")) {
            summary++;
        }
        assertTrue(DURATION.matcher(lines.get(summary)).find(), lines.get(summary));
        List<String> progress = lines.subList(0, summary).stream().sorted().toList();
        String cut = lines.get(summary).replaceFirst(" \\d+,\\d s$", "");
        return Stream.concat(Stream.concat(progress.stream(), Stream.of(cut)),
                lines.subList(summary + 1, lines.size()).stream()).toList();
    }
}
