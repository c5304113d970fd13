package fr.ctg.cli;

import fr.ctg.avenant.draft.AvenantDraft;
import fr.ctg.avenant.draft.ConventionHistory;
import fr.ctg.avenant.draft.DraftException;
import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ctg avenant brouillon DOSSIER --depuis REF}: the avenants of a convention. */
@Command(name = "avenant",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = "Prépare les avenants d’une convention.",
        subcommands = AvenantCommand.Brouillon.class)
public final class AvenantCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw Ctg.commandMissing(spec);
    }

    @Command(name = "brouillon",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            resourceBundle = Ctg.USAGE_TEXTS,
            description = {"Rédige le brouillon de l’avenant suivant (DOSSIER/avenants/avenant-NN.yaml) d’après les changements",
                "de convention.yaml depuis une référence git : prolongation, fiches, parties, équipements…",
                "Ce qui ne peut pas être typé devient une modification « a_rediger » à compléter.",
                "convention.yaml reste tel quel ; la commande dit comment le remettre dans sa version signée, ou le fait avec --restaurer.",
                "Code de sortie : 0 si le brouillon est écrit, 2 sinon (dossier, dépôt ou référence introuvable, convention illisible)."})
    static final class Brouillon implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DOSSIER", description = "Le dossier de la convention, ou son fichier convention.yaml.")
        Path convention;

        @Option(names = "--depuis", paramLabel = "REF", required = true,
                description = "La référence git de la version signée : commit, branche ou étiquette (par exemple convention-signee).")
        String ref;

        @Option(names = "--restaurer",
                description = "Remet ensuite convention.yaml dans sa version de la référence : les changements ne vivent plus que dans l’avenant.")
        boolean restore;

        @Override
        public Integer call() {
            Path file = ConventionFinder.conventionFile(convention);
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("ctg : " + file + " n’existe pas");
                return Ctg.USAGE_OR_UNREADABLE;
            }
            try {
                AvenantDraft.Result result = new AvenantDraft().write(file, ref);
                int total = result.avenant().modifications().size();
                spec.commandLine().getOut().println("ctg : brouillon écrit dans " + result.file() + " : " + total + " modification"
                        + (total > 1 ? "s" : "") + ", dont " + result.aRediger() + " à rédiger");
                if (restore) {
                    AtomicOutput.write(file, new ConventionHistory().read(file, ref));
                    spec.commandLine().getOut().println("ctg : " + file + " remis dans sa version de « " + ref + " »");
                } else {
                    spec.commandLine().getOut().println("ctg : pour remettre " + file + " dans sa version signée : git restore --source="
                            + ShellWords.quoted(ref) + " -- " + ShellWords.quoted(file.toString()) + " (ou relancez avec --restaurer)");
                }
                return Ctg.SUCCESS;
            } catch (DraftException e) {
                spec.commandLine().getErr().println("ctg : " + e.getMessage());
                return Ctg.USAGE_OR_UNREADABLE;
            } catch (IOException e) {
                spec.commandLine().getErr().println("ctg : impossible de remettre " + file + " dans sa version de « " + ref + " » ("
                        + InputOutputFailure.describe(e) + ")");
                return Ctg.USAGE_OR_UNREADABLE;
            }
        }
    }
}
