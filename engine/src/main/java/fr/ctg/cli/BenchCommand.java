package fr.ctg.cli;

import fr.ctg.bench.Benchmark;
import fr.ctg.compose.CompositionException;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.sign.SignatureRefusal;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Mesure le moteur et compare les chiffres aux objectifs : chaque étape à chaud, la mise à jour de l’aperçu"
                + " après un enregistrement, « ctg generer » à froid, des lots de conventions synthétiques, la validation de nombreux"
                + " fichiers, LibreOffice s’il est installé (rapports à froid et à chaud côte à côte).",
            "Code de sortie : 0 si tous les objectifs sont atteints, 1 sinon, 2 si la mesure n’a pas pu se faire."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--convention", paramLabel = "FICHIER", defaultValue = "conventions/forcalquier-2022-2024/convention.yaml",
            description = "Convention mesurée, modèle des conventions synthétiques (défaut : ${DEFAULT-VALUE}).")
    Path convention;

    @Option(names = "--n", paramLabel = "TAILLES", split = ",", defaultValue = "100,1000",
            description = "Tailles des lots de conventions synthétiques (défaut : ${DEFAULT-VALUE}).")
    List<Integer> batchSizes;

    @Option(names = "--echauffement", paramLabel = "N", defaultValue = "10",
            description = "Tours à chaud et enregistrements de l’aperçu non mesurés (défaut : ${DEFAULT-VALUE}).")
    int warmUps;

    @Option(names = "--mesures", paramLabel = "N", defaultValue = "30",
            description = "Tours à chaud et enregistrements de l’aperçu mesurés (défaut : ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--froid", paramLabel = "N", defaultValue = "5",
            description = "Lancements à froid de « ctg generer » (défaut : ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--validation", paramLabel = "N", defaultValue = "1000",
            description = "Fichiers validés par « ctg valider » (défaut : ${DEFAULT-VALUE} ; 0 : pas de mesure).")
    int validationFiles;

    @Option(names = "--libreoffice", paramLabel = "N", defaultValue = "5",
            description = "Appels mesurés de LibreOffice (défaut : ${DEFAULT-VALUE} ; 0 : pas de comparaison).")
    int libreOfficeCalls;

    @Option(names = "--tas", paramLabel = "TAILLE", defaultValue = "512m",
            description = "Tas maximal des lots (-Xmx, défaut : ${DEFAULT-VALUE}).")
    String batchHeap;

    @Override
    public Integer call() throws IOException, InterruptedException, URISyntaxException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(convention)) {
            err.println("ctg : la convention " + convention + " n’existe pas ; indiquez-la avec --convention");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        if (rounds < 1 || warmUps < 0 || coldRuns < 0 || validationFiles < 0 || libreOfficeCalls < 0
                || batchSizes.stream().anyMatch(n -> n < 1)) {
            err.println("ctg : les nombres de mesures et les tailles de lots doivent être positifs (--mesures au moins 1)");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        Path work = Files.createTempDirectory("ctg-bench-");
        Path codeSource = Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Benchmark.Settings settings = new Benchmark.Settings(convention, batchSizes, warmUps, rounds, coldRuns, validationFiles,
                libreOfficeCalls, batchHeap, work);
        try {
            return new Benchmark(settings, codeSource, out).run() ? Ctg.SUCCESS : Ctg.ERRORS;
        } catch (UnreadableInputException | CompositionException e) {
            err.println("ctg : la convention mesurée ne peut pas être produite : " + e.getMessage());
            return Ctg.USAGE_OR_UNREADABLE;
        } catch (SignatureRefusal e) {
            err.println("ctg : la signature mesurée ne peut pas être faite : " + e.getMessage());
            return Ctg.USAGE_OR_UNREADABLE;
        } finally {
            Benchmark.deleteQuietly(work);
        }
    }
}
