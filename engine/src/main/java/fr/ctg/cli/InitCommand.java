package fr.ctg.cli;

import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.repository.CafRepository;
import fr.ctg.repository.RepositoryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Crée le dépôt des conventions d’une Caf, séparé du moteur : ctg.yaml (les valeurs de la Caf), conventions/"
            + " et ses schémas, réglages et tâches de VS Code, CI GitLab et GitHub, .gitignore et GUIDE.md pour les agents."})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DOSSIER", description = "Le dossier du dépôt, vide ou qui n’existe pas encore.")
    Path folder;

    @Option(names = "--caf", required = true, paramLabel = "NOM",
            description = "Le nom de la Caf, sans article : « Caisse d’allocations familiales des Alpes-de-Haute-Provence ».")
    String caf;

    @Override
    public Integer call() {
        try {
            CafRepository.create(folder, caf, VersionProvider.engineVersion());
        } catch (RepositoryException e) {
            spec.commandLine().getErr().println("ctg : " + e.getMessage());
            return Ctg.USAGE_OR_UNREADABLE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("ctg : impossible d’écrire dans " + folder + " (" + InputOutputFailure.describe(e) + ")");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        spec.commandLine().getOut().println("ctg : dépôt créé dans " + folder + " ; complétez ctg.yaml, puis, dans ce dossier,"
                + " « ctg nouveau IDENTIFIANT » pour chaque convention (voir GUIDE.md)");
        return Ctg.SUCCESS;
    }
}
