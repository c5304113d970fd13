package fr.ctg.cli;

import fr.ctg.sign.PdfVerifier;
import fr.ctg.sign.TrustStore;
import fr.ctg.sign.Verification;
import fr.ctg.sign.VerificationJson;
import fr.ctg.sign.VerificationText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verifier",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Vérifie les signatures d’un PDF : chaque champ de signature, vide ou signé, et pour chaque signature"
                + " le signataire, la date, l’intégrité des octets signés, les modifications faites après elle"
                + " (seules les signatures suivantes sont permises) et la validité du certificat.",
            "Avec --confiance, vérifie aussi que le certificat remonte à une autorité de confiance ;"
                + " la révocation n’est pas vérifiée (elle demande le réseau).",
            "Code de sortie : 0 si toutes les signatures présentes sont valides, 1 sinon, 2 si la commande est mal écrite"
                + " ou un fichier illisible."})
final class VerifyCommand implements Callable<Integer> {

    enum Format { texte, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PDF", description = "Le PDF à vérifier.")
    Path pdf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "texte",
            description = "Présentation des résultats : ${COMPLETION-CANDIDATES} (défaut : ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--confiance", paramLabel = "MAGASIN",
            description = "Les certificats de confiance : un magasin PKCS#12 ou JKS lisible sans mot de passe, ou un fichier PEM.")
    @Nullable Path trustStore;

    @Override
    public Integer call() {
        try {
            List<X509Certificate> trusted = trustStore == null ? null : TrustStore.load(trustStore);
            byte[] bytes = Files.readAllBytes(pdf);
            Verification verification;
            try {
                verification = new PdfVerifier(trusted).verify(bytes);
            } catch (IOException e) {
                spec.commandLine().getErr().println("ctg : " + pdf + " n’est pas un PDF lisible (" + e.getMessage() + ")");
                return Ctg.USAGE_OR_UNREADABLE;
            }
            spec.commandLine().getOut().print(format == Format.json ? VerificationJson.write(pdf.toString(), verification)
                    : VerificationText.write(pdf.toString(), verification, trusted != null));
            return verification.valid() ? Ctg.SUCCESS : Ctg.ERRORS;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("ctg : " + e.getFile() + " n’existe pas");
            return Ctg.USAGE_OR_UNREADABLE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("ctg : " + e.getMessage());
            return Ctg.USAGE_OR_UNREADABLE;
        }
    }
}
