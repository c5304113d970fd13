package fr.ctg.cli;

import fr.ctg.actes.ActesBundler;
import fr.ctg.actes.BundleFile;
import fr.ctg.actes.ActesRefusal;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ctg transmettre DOSSIER}: the signed act packed for the préfecture's ACTES channel. */
@Command(name = "transmettre",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Prépare l’envoi de la convention signée (ou d’un avenant signé) au contrôle de légalité par ACTES :"
                + " une archive .tar.gz avec le PDF signé enregistré, chaque délibération en annexe et les métadonnées XML de"
                + " l’acte, nommés comme le canal l’attend, à déposer sur le service de transmission de la collectivité.",
            "Code de sortie : 0 si l’archive est écrite, 1 si c’est refusé (rien n’est écrit), 2 si la commande est mal écrite"
                + " ou un fichier illisible."})
final class TransmitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOSSIER", description = "Le dossier de la convention, ou son fichier convention.yaml.")
    Path convention;

    @Option(names = "--avenant", paramLabel = "N", description = "Transmet l’avenant n° N, signé, plutôt que la convention.")
    @Nullable Integer avenant;

    @Option(names = {"-o", "--sortie"}, paramLabel = "DOSSIER", description = "Où écrire l’archive (par défaut out/<id>).")
    @Nullable Path output;

    @Override
    public Integer call() {
        Path file = ConventionFinder.conventionFile(convention);
        try {
            ActesBundler.Bundle bundle = new ActesBundler().bundle(file, avenant);
            Path folder = output != null ? output : Path.of("out").resolve(file.toAbsolutePath().getParent().getFileName());
            Path archive = folder.resolve(bundle.archiveName());
            AtomicOutput.write(archive, bundle.archive());
            spec.commandLine().getOut().println("ctg : " + archive + " écrit, à déposer sur le service de transmission :");
            for (BundleFile bundled : bundle.files()) {
                spec.commandLine().getOut().println("  " + bundled.name());
            }
            return Ctg.SUCCESS;
        } catch (ActesRefusal e) {
            spec.commandLine().getErr().println("ctg : " + e.getMessage());
            return Ctg.ERRORS;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("ctg : " + e.getFile() + " n’existe pas");
            return Ctg.USAGE_OR_UNREADABLE;
        } catch (UnreadableInputException | IOException e) {
            spec.commandLine().getErr().println("ctg : " + e.getMessage());
            return Ctg.USAGE_OR_UNREADABLE;
        }
    }
}
