package fr.ctg.cli;

import fr.ctg.avenant.AvenantSchema;
import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.schema.SchemaGenerator;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Écrit le schéma JSON des fichiers convention.yaml, tiré du modèle du moteur.",
            "Les éditeurs s’en servent pour compléter et vérifier le fichier pendant la saisie."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--sortie"}, paramLabel = "FICHIER",
            description = "Le fichier où écrire le schéma (par défaut, la sortie standard).")
    @Nullable Path output;

    @Option(names = "--avenant", description = "Le schéma des fichiers avenants/avenant-NN.yaml au lieu de celui des conventions.")
    boolean avenant;

    @Override
    public Integer call() {
        String schema = (avenant ? AvenantSchema.generator() : new SchemaGenerator()).generateText();
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
