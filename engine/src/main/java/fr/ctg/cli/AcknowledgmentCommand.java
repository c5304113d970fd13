package fr.ctg.cli;

import fr.ctg.actes.AcknowledgmentRecorder;
import fr.ctg.model.AccuseReception;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ctg accuse-reception DOSSIER}: the préfecture's acknowledgment of the signed convention, into its YAML. */
@Command(name = "accuse-reception",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Enregistre dans le YAML de la convention signée l’accusé de réception de la préfecture (rubrique"
                + " accuse_reception) : son identifiant et sa date, tapés (--identifiant et --date) ou lus dans le message"
                + " d’accusé de réception ACTES (--xml), sans toucher au reste du fichier.",
            FolderChange.EXIT_CODES})
final class AcknowledgmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOSSIER", description = "Le dossier de la convention, ou son fichier convention.yaml.")
    Path convention;

    @ArgGroup(multiplicity = "1")
    Source source;

    /** Typed in, or read from the préfecture's message. */
    static final class Source {
        @ArgGroup(exclusive = false)
        @Nullable Typed typed;

        @Option(names = "--xml", paramLabel = "FICHIER", description = "Le message d’accusé de réception (actes:ARActe) reçu de la"
                + " préfecture.")
        @Nullable Path xml;
    }

    static final class Typed {
        @Option(names = "--identifiant", required = true, paramLabel = "ID",
                description = "L’identifiant de l’accusé de réception, par exemple 004-240400440-20231215-99-2023-CC.")
        String identifiant;

        @Option(names = "--date", required = true, paramLabel = "DATE", converter = DeadlinesCommand.IsoDate.class,
                description = "La date de réception par la préfecture (AAAA-MM-JJ).")
        LocalDate date;
    }

    @Override
    public Integer call() {
        Path file = ConventionFinder.conventionFile(convention);
        return FolderChange.run(spec, () -> {
            AccuseReception accuse = source.xml != null ? AcknowledgmentRecorder.fromXml(source.xml)
                    : new AccuseReception(source.typed.identifiant.strip(), source.typed.date);
            new AcknowledgmentRecorder().record(file, accuse);
            return "accusé de réception " + accuse.identifiant() + " du " + accuse.dateReception() + " enregistré dans " + file;
        });
    }
}
