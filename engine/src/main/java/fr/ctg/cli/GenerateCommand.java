package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Documents;
import fr.ctg.generate.GenerationException;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.LoadResult;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.validate.Validator;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Produit, pour chaque convention valide, DOSSIER/<id>/convention.pdf (PDF/A prêt à signer) et convention.docx.",
            "Une convention en erreur n’est pas produite (ses diagnostics sont affichés) ; les autres le sont.",
            "Code de sortie : 0 si tout est produit, 1 si une convention a échoué, 2 si la commande est mal écrite ou un fichier illisible."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHEMIN", arity = "1..*",
            description = "Un fichier convention.yaml, ou un dossier où chercher les */convention.yaml.")
    List<Path> paths;

    @Option(names = {"-o", "--sortie"}, paramLabel = "DOSSIER", defaultValue = "out",
            description = "Dossier où écrire les documents (défaut : ${DEFAULT-VALUE}).")
    Path outputFolder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = ConventionFinder.find(paths);
        if (files.isEmpty()) {
            err.println("ctg : aucun fichier " + ConventionFinder.FILE_NAME + " trouvé dans " + paths);
            return Ctg.USAGE_OR_UNREADABLE;
        }
        ConventionLoader loader = new ConventionLoader();
        Validator validator = new Validator();
        DocumentGenerator generator = new DocumentGenerator();
        int failures = 0;
        boolean unreadable = false;
        for (Path file : files) {
            LoadResult loaded;
            try {
                loaded = loader.load(file);
            } catch (UnreadableInputException e) {
                err.println("ctg : " + e.getMessage());
                unreadable = true;
                continue;
            }
            List<Diagnostic> diagnostics = validator.validate(loaded);
            if (diagnostics.stream().anyMatch(Diagnostic::isError) || loaded.convention() == null) {
                new TextReport().write(List.of(new ValidationResult(file, diagnostics)), err);
                err.println(file + " : non produite, corrigez d’abord les erreurs ci-dessus");
                failures++;
                continue;
            }
            Convention convention = loaded.convention();
            Path folder = outputFolder.resolve(convention.id());
            try {
                Documents documents = generator.convention(convention, file);
                AtomicOutput.write(folder.resolve("convention.pdf"), documents.pdf());
                AtomicOutput.write(folder.resolve("convention.docx"), documents.docx());
                out.println(convention.id() + " : " + folder.resolve("convention.pdf") + ", " + folder.resolve("convention.docx"));
            } catch (GenerationException e) {
                err.println(file + " : non produite : " + e.getMessage());
                failures++;
            } catch (IOException e) {
                err.println(file + " : écriture impossible dans " + folder + " (" + e.getMessage() + ")");
                failures++;
            }
        }
        if (unreadable) {
            return Ctg.USAGE_OR_UNREADABLE;
        }
        return failures > 0 ? Ctg.ERRORS : Ctg.SUCCESS;
    }
}
