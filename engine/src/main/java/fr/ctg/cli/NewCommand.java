package fr.ctg.cli;

import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.repository.NewConvention;
import fr.ctg.repository.RepositoryException;
import fr.ctg.repository.RepositorySettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "nouveau",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Ajoute conventions/ID/convention.yaml au dépôt d’une Caf (créé par ctg init) : un projet sur cinq ans"
            + " où la Caf, d’après ctg.yaml, est déjà signataire, et « XXXX » partout où le texte reste à écrire."})
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "L’identifiant de la convention, nom de son dossier : forcalquier-2027-2031.")
    String id;

    @Option(names = "--debut", paramLabel = "DATE", description = "Le premier jour de la convention (par défaut, le 1er janvier prochain).")
    @Nullable LocalDate start;

    @Option(names = "--depot", paramLabel = "DOSSIER", defaultValue = ".",
            description = "Le dépôt de la Caf, ou l’un de ses dossiers (défaut : le dossier courant).")
    Path repository;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter errors = spec.commandLine().getErr();
        Path file;
        Path shown;
        try {
            RepositorySettings settings = RepositorySettings.find(repository);
            if (!settings.file().versionMoteur().equals(VersionProvider.engineVersion())) {
                errors.println("ctg : ce dépôt attend le moteur " + settings.file().versionMoteur() + " (ctg.yaml), celui-ci est le "
                        + VersionProvider.engineVersion());
            }
            file = NewConvention.create(settings, id, start == null ? LocalDate.now().plusYears(1).withDayOfYear(1) : start);
            shown = settings.folder().relativize(file);
        } catch (RepositoryException e) {
            errors.println("ctg : " + e.getMessage());
            return Ctg.USAGE_OR_UNREADABLE;
        } catch (IOException e) {
            errors.println("ctg : impossible d’écrire la convention « " + id + " » (" + InputOutputFailure.describe(e) + ")");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        ConventionSet checked;
        try {
            checked = new ConventionPipeline().load(file);
        } catch (UnreadableInputException e) {
            errors.println("ctg : " + e.getMessage());
            return Ctg.USAGE_OR_UNREADABLE;
        }
        ValidationResult result = new ValidationResult(file, checked.diagnostics(), checked.sources());
        if (result.hasErrors()) {
            new TextReport().write(List.of(result), out);
            errors.println("ctg : " + shown + " est écrite, mais ctg.yaml donne des valeurs que la convention refuse : corrigez-les dans les deux");
            return Ctg.ERRORS;
        }
        out.println("ctg : " + shown + " créée (" + TextReport.summary(result.errors(), result.warnings())
                + ") ; remplacez les « XXXX », puis : ctg valider " + shown.getParent());
        return Ctg.SUCCESS;
    }
}
