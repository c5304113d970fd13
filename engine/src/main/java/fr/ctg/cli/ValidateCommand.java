package fr.ctg.cli;

import fr.ctg.load.UnreadableInputException;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "valider",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Vérifie des conventions (fichiers YAML) et leurs avenants, et signale chaque problème avec sa position.",
            "Code de sortie : 0 sans erreur (avertissements permis), 1 si une erreur, 2 si la commande est mal écrite ou un fichier illisible."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { texte, json, sarif, codequality }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHEMIN", arity = "1..*",
            description = "Un fichier convention.yaml, ou un dossier où chercher les */convention.yaml.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "texte",
            description = "Présentation des résultats : ${COMPLETION-CANDIDATES} (défaut : ${DEFAULT-VALUE}) ; "
                    + "sarif pour l’analyse de code (GitHub, GitLab), codequality pour le rapport Code Quality de GitLab.")
    Format format;

    /** A file's diagnostics, or why it could not be read. */
    private record Checked(@Nullable ValidationResult result, @Nullable UnreadableFile unreadable) {
    }

    private static Checked validated(ConventionPipeline pipeline, Path file) {
        try {
            ConventionSet set = pipeline.load(file);
            return new Checked(new ValidationResult(file, set.diagnostics(), set.sources()), null);
        } catch (UnreadableInputException e) {
            return new Checked(null, new UnreadableFile(file, e.getMessage()));
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter errors = spec.commandLine().getErr();
        List<Path> files = ConventionFinder.findOrReport(paths, errors);
        if (files.isEmpty()) {
            return Ctg.USAGE_OR_UNREADABLE;
        }
        ConventionPipeline pipeline = new ConventionPipeline();
        // Files are read and checked on every core; results keep the files' order.
        List<Checked> checked = files.parallelStream().map(file -> validated(pipeline, file)).toList();
        List<ValidationResult> results = new ArrayList<>();
        List<UnreadableFile> unreadable = new ArrayList<>();
        for (Checked one : checked) {
            if (one.unreadable() != null) {
                errors.println("ctg : " + one.unreadable().message());
                unreadable.add(one.unreadable());
            } else {
                results.add(one.result());
            }
        }
        Validation validation = new Validation(results, unreadable);
        ReportPaths reportPaths = ReportPaths.ofCurrentFolder();
        switch (format) {
            case texte -> new TextReport().write(results, out);
            case json -> new JsonReport(reportPaths).write(validation, out);
            case sarif -> new SarifReport(reportPaths, CodesTable.ofEngine()).write(validation, out);
            case codequality -> new CodeQualityReport(reportPaths).write(validation, out);
        }
        if (!unreadable.isEmpty()) {
            return Ctg.USAGE_OR_UNREADABLE;
        }
        return validation.hasErrors() ? Ctg.ERRORS : Ctg.SUCCESS;
    }
}
