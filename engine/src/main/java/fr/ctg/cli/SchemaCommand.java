package fr.ctg.cli;

import fr.ctg.avenant.AvenantSchema;
import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.repository.RepositorySchema;
import fr.ctg.schema.SchemaGenerator;
import fr.ctg.style.StyleSchema;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Écrit le schéma JSON des fichiers convention.yaml, des avenants, du ctg.yaml d’un dépôt de Caf ou de son"
                + " style maison, tiré du modèle du moteur.",
            "Les éditeurs s’en servent pour compléter et vérifier le fichier pendant la saisie."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--sortie"}, paramLabel = "FICHIER",
            description = "Le fichier où écrire le schéma (par défaut, la sortie standard).")
    @Nullable Path output;

    @ArgGroup
    @Nullable OtherFile other;

    /** One file other than convention.yaml, at most. */
    static final class OtherFile {
        @Option(names = "--avenant", description = "Le schéma des fichiers avenants/avenant-NN.yaml au lieu de celui des conventions.")
        boolean avenant;

        @Option(names = "--depot", description = "Le schéma du fichier ctg.yaml à la racine du dépôt d’une Caf.")
        boolean depot;

        @Option(names = "--style", description = "Le schéma du style maison, style/style-maison.yaml d’un dossier de modèles.")
        boolean style;

        SchemaGenerator generator() {
            return avenant ? AvenantSchema.generator() : depot ? RepositorySchema.generator() : StyleSchema.generator();
        }
    }

    @Override
    public Integer call() {
        String schema = (other == null ? new SchemaGenerator() : other.generator()).generateText();
        if (output == null) {
            spec.commandLine().getOut().print(schema);
            return Ctg.SUCCESS;
        }
        if (!Files.isDirectory(output.toAbsolutePath().getParent())) {
            spec.commandLine().getErr().println("ctg : impossible d’écrire " + output + " : son dossier n’existe pas");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        try {
            AtomicOutput.write(output, schema.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            spec.commandLine().getErr().println("ctg : impossible d’écrire " + output + " (" + InputOutputFailure.describe(e) + ")");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        spec.commandLine().getErr().println("ctg : schéma écrit dans " + output);
        return Ctg.SUCCESS;
    }
}
