package fr.ctg.cli;

import fr.ctg.sign.SignatureRecorder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ctg enregistrer-signature DOSSIER PDF [--avenant N]}: the convention (or an avenant) is signed, its PDF kept beside its YAML. */
@Command(name = "enregistrer-signature",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Enregistre la convention comme signée : vérifie que chaque champ du PDF est signé et valide, le copie dans"
                + " DOSSIER/signe/convention.pdf, et écrit dans le YAML « statut: signee », la date de signature et l’empreinte"
                + " du PDF, sans toucher au reste du fichier. Avec --avenant N, de même pour l’avenant n°\u00a0N :"
                + " DOSSIER/signe/avenant-NN.pdf et avenants/avenant-NN.yaml.",
            FolderChange.EXIT_CODES})
final class RecordSignatureCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOSSIER", description = "Le dossier de la convention, ou son fichier convention.yaml.")
    Path convention;

    @Parameters(index = "1", paramLabel = "PDF", description = "Le PDF signé.")
    Path pdf;

    @Option(names = "--papier", description = "Le PDF est la copie numérisée d’une convention signée à la main : ses champs"
            + " de signature ne sont pas vérifiés.")
    boolean paper;

    @Option(names = "--avenant", paramLabel = "N", description = "Le PDF est celui de l’avenant n°\u00a0N, signé.")
    @Nullable Integer avenant;

    @Option(names = "--date", paramLabel = "DATE", converter = DeadlinesCommand.IsoDate.class,
            description = "Date de signature (AAAA-MM-JJ) ; par défaut celle du YAML, que le texte signé imprime,"
                    + " sinon celle de la dernière signature électronique.")
    @Nullable LocalDate date;

    @Override
    public Integer call() {
        Path file = ConventionFinder.conventionFile(convention);
        return FolderChange.run(spec, () -> {
            SignatureRecorder recorder = new SignatureRecorder();
            SignatureRecorder.Recorded recorded = avenant == null ? recorder.record(file, pdf, paper, date)
                    : recorder.recordAvenant(file, avenant, pdf, paper, date);
            return (avenant == null ? "convention signée" : "avenant n° " + avenant + " signé") + " le " + recorded.signedOn()
                    + ", PDF enregistré dans " + recorded.copy() + " (empreinte " + recorded.sha256() + ")";
        });
    }
}
