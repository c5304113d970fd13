package fr.ctg.cli;

import fr.ctg.generate.BatchListener;
import fr.ctg.generate.ConventionBatch;
import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Freshness;
import fr.ctg.generate.Outcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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
            "Une convention dont rien n’a changé depuis ses documents (ses fichiers, les modèles, le moteur) est « à jour » :"
                + " elle n’est pas refaite, sauf avec --force.",
            "Les conventions sont produites en parallèle, sur tous les cœurs de la machine ; un résumé suit.",
            "Code de sortie : 0 si tout est produit ou à jour, 1 si une convention a échoué, 2 si la commande est mal écrite ou un fichier illisible."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHEMIN", arity = "1..*",
            description = "Un fichier convention.yaml, ou un dossier où chercher les */convention.yaml.")
    List<Path> paths;

    @Option(names = {"-o", "--sortie"}, paramLabel = "DOSSIER", defaultValue = "out",
            description = "Dossier où écrire les documents (défaut : ${DEFAULT-VALUE}).")
    Path outputFolder;

    @Option(names = "--force", description = "Refait aussi les conventions à jour.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = ConventionFinder.findOrReport(paths, err);
        if (files.isEmpty()) {
            return Ctg.USAGE_OR_UNREADABLE;
        }
        long start = System.nanoTime();
        ConventionBatch batch = new ConventionBatch(DocumentGenerator::new, Runtime.getRuntime().availableProcessors(),
                new Freshness(VersionProvider.engineBuild(), force));
        OutcomeMessages messages = new OutcomeMessages(out, err);
        BatchListener listener;
        if (System.console() != null) {
            ProgressBar bar = new ProgressBar(out, messages);
            bar.start(files.size());
            listener = bar;
        } else {
            listener = new LineProgress(messages);
        }
        List<Outcome> outcomes;
        try (InterruptionSummary interruption = new InterruptionSummary(listener, out, files.size())) {
            outcomes = batch.run(files, outputFolder, interruption);
        }
        BatchSummary.write(outcomes, Duration.ofNanos(System.nanoTime() - start), out);
        if (outcomes.stream().anyMatch(Outcome.Unreadable.class::isInstance)) {
            return Ctg.USAGE_OR_UNREADABLE;
        }
        return outcomes.stream().allMatch(o -> o instanceof Outcome.Produced || o instanceof Outcome.UpToDate) ? Ctg.SUCCESS : Ctg.ERRORS;
    }
}
