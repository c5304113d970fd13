package fr.ctg.cli;

import fr.ctg.actes.ActesBundler;
import fr.ctg.write.AtomicOutput;
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
            FolderChange.EXIT_CODES})
final class TransmitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOSSIER", description = "Le dossier de la convention, ou son fichier convention.yaml.")
    Path convention;

    @Option(names = "--avenant", paramLabel = "N", description = "Transmet l’avenant n°\u00a0N, signé, plutôt que la convention.")
    @Nullable Integer avenant;

    @Option(names = {"-o", "--sortie"}, paramLabel = "DOSSIER", description = "Où écrire l’archive (par défaut out/<id>).")
    @Nullable Path output;

    @Override
    public Integer call() {
        Path file = ConventionFinder.conventionFile(convention);
        return FolderChange.run(spec, () -> {
            ActesBundler.Bundle bundle = new ActesBundler().bundle(file, avenant);
            Path folder = output != null ? output : Path.of("out").resolve(file.toAbsolutePath().getParent().getFileName());
            Path archive = folder.resolve(bundle.archiveName());
            AtomicOutput.write(archive, bundle.archive());
            StringBuilder told = new StringBuilder(archive + " écrit, à déposer sur le service de transmission :");
            bundle.files().forEach(bundled -> told.append("\n  ").append(bundled.name()));
            return told.toString();
        });
    }
}
