package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.avenant.AvenantLoader;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.model.avenant.ARediger;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.Prolongation;
import fr.ctg.pipeline.ConventionPipeline;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AvenantCommandTest {

    @TempDir
    Path depot;

    @Test
    void le_brouillon_tire_de_l_historique_nomme_la_nouvelle_date_de_fin_et_garde_ce_qu_il_ne_sait_pas_typer() throws Exception {
        Path convention = CliRun.minimalConvention(depot.resolve("minimale/convention.yaml"), "fin: 2028-12-31", "fin: 2027-12-31");
        commitConvention();
        String texte = Files.readString(convention, StandardCharsets.UTF_8);
        Files.writeString(convention, texte.replace("fin: 2027-12-31", "fin: 2028-12-31").replace("    - La parentalité\n", ""),
                StandardCharsets.UTF_8);

        CliRun run = avenant("brouillon", depot.resolve("minimale").toString(), "--depuis", "main");

        Path brouillon = depot.resolve("minimale/avenants/avenant-01.yaml");
        assertEquals(0, run.code(), run.err());
        assertEquals("ctg : brouillon écrit dans " + brouillon + " : 2 modifications, dont 1 à rédiger\n"
                + "ctg : pour remettre " + convention + " dans sa version signée : git restore --source=main -- " + convention
                + " (ou relancez avec --restaurer)\n", run.out());
        Avenant avenant = new AvenantLoader().load(brouillon).value();
        assertEquals(List.of(
                new Prolongation(LocalDate.of(2028, 12, 31)),
                new ARediger("preambule.thematiques", "la liste « preambule.thematiques » a changé (2 éléments avant, 1 après)")),
                avenant.modifications());
        assertEquals(List.of("caf", "cc"), avenant.signataires());
        assertTrue(Files.readString(brouillon).startsWith("# yaml-language-server: $schema=../../ctg-avenant.schema.json\n"));
        List<Diagnostic> diagnostics = new ConventionPipeline().load(convention).diagnostics();
        assertEquals(List.of("CTG-AVENANT-SIGNATURE", "CTG-AVENANT-EFFET", "CTG-AVENANT-A-REDIGER"),
                diagnostics.stream().filter(d -> !d.isError() && d.position().file().getFileName().equals(brouillon.getFileName()))
                        .map(Diagnostic::code).toList(),
                "un brouillon (projet) n’a que des avertissements : " + diagnostics);
    }

    @Test
    void avec_restaurer_la_convention_reprend_sa_version_signee_et_les_changements_ne_vivent_plus_que_dans_l_avenant() throws Exception {
        Path convention = CliRun.minimalConvention(depot.resolve("val d’exemple/convention.yaml"), "fin: 2028-12-31", "fin: 2027-12-31");
        String signee = Files.readString(convention, StandardCharsets.UTF_8);
        try (Git git = Git.init().setDirectory(depot.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("val d’exemple/convention.yaml").call();
            git.commit().setMessage("Convention signée").setAuthor("Chargée CTG", "ctg@example.org")
                    .setCommitter("Chargée CTG", "ctg@example.org").setSign(false).call();
        }
        Files.writeString(convention, signee.replace("fin: 2027-12-31", "fin: 2028-06-30"), StandardCharsets.UTF_8);

        CliRun run = avenant("brouillon", convention.toString(), "--depuis", "main", "--restaurer");

        Path brouillon = depot.resolve("val d’exemple/avenants/avenant-01.yaml");
        assertEquals(new CliRun(0, "ctg : brouillon écrit dans " + brouillon + " : 1 modification, dont 0 à rédiger\n"
                + "ctg : " + convention + " remis dans sa version de « main »\n", ""), run);
        assertEquals(signee, Files.readString(convention, StandardCharsets.UTF_8));
        assertEquals(List.of(new Prolongation(LocalDate.of(2028, 6, 30))), new AvenantLoader().load(brouillon).value().modifications());
    }

    @Test
    void la_commande_git_a_copier_cite_un_chemin_a_espaces() {
        assertEquals("'/depot/val d’exemple/convention.yaml'", ShellWords.quoted("/depot/val d’exemple/convention.yaml"));
        assertEquals("'l'\\''autre'", ShellWords.quoted("l'autre"));
        assertEquals("conventions/x/convention.yaml", ShellWords.quoted("conventions/x/convention.yaml"));
    }

    @Test
    void une_reference_inconnue_est_dite_en_francais() throws Exception {
        CliRun.minimalConvention(depot.resolve("minimale/convention.yaml"));
        Git.init().setDirectory(depot.toFile()).call().close();

        CliRun run = avenant("brouillon", depot.resolve("minimale").toString(), "--depuis", "signee");

        assertEquals(2, run.code());
        assertEquals("ctg : la référence git « signee » est inconnue (essayez un commit, une branche ou une étiquette)\n", run.err());
    }

    @Test
    void une_reference_mal_ecrite_est_dite_en_francais_et_non_dans_l_anglais_de_jgit() throws Exception {
        CliRun.minimalConvention(depot.resolve("minimale/convention.yaml"));
        commitConvention();

        CliRun run = avenant("brouillon", depot.resolve("minimale").toString(), "--depuis", "HEAD^{foo}");

        assertEquals(2, run.code());
        assertEquals("ctg : la référence git « HEAD^{foo} » est mal écrite (essayez un commit, une branche ou une étiquette)\n", run.err());
    }

    /** The convention committed on the branch main of a new repository. */
    private void commitConvention() throws Exception {
        try (Git git = Git.init().setDirectory(depot.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("minimale/convention.yaml").call();
            git.commit().setMessage("Convention signée").setAuthor("Chargée CTG", "ctg@example.org")
                    .setCommitter("Chargée CTG", "ctg@example.org").setSign(false).call();
        }
    }

    private static CliRun avenant(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new AvenantCommand());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(arguments);
        return new CliRun(code, out.toString(), err.toString());
    }
}
