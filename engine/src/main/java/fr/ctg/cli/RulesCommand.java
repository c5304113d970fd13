package fr.ctg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "regles",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = "Liste les codes que le moteur peut signaler : chaque règle CTG, puis chaque problème de forme du fichier.")
final class RulesCommand implements Callable<Integer> {

    enum Format { texte, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "texte",
            description = "Présentation : ${COMPLETION-CANDIDATES} (défaut : ${DEFAULT-VALUE}) ; markdown donne le tableau du README.")
    Format format;

    @Override
    public Integer call() {
        CodesTable table = CodesTable.ofEngine();
        spec.commandLine().getOut().print(format == Format.markdown ? table.markdown() : table.text());
        return Ctg.SUCCESS;
    }
}
