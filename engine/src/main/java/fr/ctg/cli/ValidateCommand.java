package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "valider",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Vérifie des conventions (fichiers YAML) et signale chaque problème avec sa position.",
            "Code de sortie : 0 sans erreur (avertissements permis), 1 si une erreur, 2 si la commande est mal écrite ou un fichier illisible."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { texte, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHEMIN", arity = "1..*",
            description = "Un fichier convention.yaml, ou un dossier où chercher les */convention.yaml.")
    List<Path> chemins;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "texte",
            description = "Présentation des résultats : ${COMPLETION-CANDIDATES} (défaut : ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter sortie = spec.commandLine().getOut();
        PrintWriter errors = spec.commandLine().getErr();
        List<Path> fichiers = ConventionFinder.find(chemins);
        if (fichiers.isEmpty()) {
            errors.println("ctg : aucun fichier " + ConventionFinder.FILE_NAME + " trouvé dans " + chemins);
            return Ctg.USAGE_OR_UNREADABLE;
        }
        ConventionLoader chargeur = new ConventionLoader();
        Validator validateur = new Validator();
        List<ValidationResult> resultats = new ArrayList<>();
        boolean illisible = false;
        for (Path file : fichiers) {
            try {
                List<Diagnostic> diagnostics = validateur.validate(chargeur.load(file));
                resultats.add(new ValidationResult(file, diagnostics));
            } catch (UnreadableInputException e) {
                errors.println("ctg : " + e.getMessage());
                illisible = true;
            }
        }
        if (format == Format.json) {
            new JsonReport().write(resultats, sortie);
        } else {
            new TextReport().write(resultats, sortie);
        }
        if (illisible) {
            return Ctg.USAGE_OR_UNREADABLE;
        }
        return resultats.stream().anyMatch(ValidationResult::hasErrors) ? Ctg.ERRORS : Ctg.SUCCESS;
    }
}
