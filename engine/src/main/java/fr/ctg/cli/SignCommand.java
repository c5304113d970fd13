package fr.ctg.cli;

import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.sign.Certificates;
import fr.ctg.sign.HttpTimestampSource;
import fr.ctg.sign.PdfSigner;
import fr.ctg.sign.SignatureRefusal;
import fr.ctg.sign.SigningIdentity;
import fr.ctg.write.AtomicOutput;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "signer",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Signe le champ de signature vide d’un signataire dans un PDF produit par le moteur"
                + " (signature PAdES B-B, ou B-T avec --horodatage), avec la mention visible dans la case.",
            "La signature s’ajoute au fichier sans le réécrire : les signatures déjà présentes restent valables,"
                + " et chaque signataire signe à son tour.",
            "Le mot de passe du certificat est lu dans la variable d’environnement " + SignCommand.PASSWORD_VARIABLE
                + ", sinon demandé au terminal ; jamais sur la ligne de commande.",
            "Code de sortie : 0 si le champ est signé, 1 si la signature est refusée (champ inconnu ou déjà signé,"
                + " mot de passe incorrect, certificat expiré ou pas encore valable), 2 si la commande est mal écrite"
                + " ou un fichier illisible."})
final class SignCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "CTG_MOT_DE_PASSE";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PDF", description = "Le PDF à signer ; il est remplacé par le PDF signé, sauf avec -o.")
    Path pdf;

    @Option(names = "--champ", paramLabel = "NOM", required = true,
            description = "Le champ de signature à signer : le nom du représentant (« ctg verifier PDF » les liste).")
    String field;

    @Option(names = "--certificat", paramLabel = "FICHIER.p12", required = true,
            description = "Le certificat du signataire et sa clé privée, au format PKCS#12.")
    Path certificate;

    @Option(names = {"-o", "--sortie"}, paramLabel = "SORTIE",
            description = "Écrit le PDF signé dans ce fichier au lieu de remplacer PDF.")
    @Nullable Path output;

    @Option(names = "--qualite", paramLabel = "TEXTE",
            description = "La qualité du signataire dans la case (défaut : le titre du certificat, s’il en a un).")
    @Nullable String quality;

    @Option(names = "--horodatage", paramLabel = "URL",
            description = "L’adresse d’un service d’horodatage (RFC 3161) : la signature est alors horodatée (PAdES B-T).")
    @Nullable URI timestampAuthority;

    private final Map<String, String> environment;
    private final Clock clock;

    SignCommand() {
        this(System.getenv(), Clock.systemUTC());
    }

    SignCommand(Map<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter errors = spec.commandLine().getErr();
        byte[] unsigned;
        try {
            unsigned = Files.readAllBytes(pdf);
        } catch (NoSuchFileException e) {
            errors.println("ctg : " + pdf + " n’existe pas");
            return Ctg.USAGE_OR_UNREADABLE;
        } catch (IOException e) {
            errors.println("ctg : impossible de lire " + pdf + " (" + InputOutputFailure.describe(e) + ")");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        char[] password = password();
        if (password == null) {
            errors.println("ctg : mot de passe du certificat absent : définissez la variable d’environnement "
                    + PASSWORD_VARIABLE + " ou lancez la commande dans un terminal");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        Path target = output != null ? output : pdf;
        try {
            SigningIdentity identity = SigningIdentity.load(certificate, password);
            String shownQuality = quality != null ? quality : Certificates.title(identity.certificate());
            PdfSigner signer = new PdfSigner(clock, timestampAuthority == null ? null : new HttpTimestampSource(timestampAuthority));
            byte[] signed = signer.sign(unsigned, field, identity, shownQuality);
            try {
                AtomicOutput.write(target, signed);
            } catch (IOException e) {
                errors.println("ctg : impossible d’écrire " + target + " (" + InputOutputFailure.describe(e) + ")");
                return Ctg.USAGE_OR_UNREADABLE;
            }
            out.println("ctg : champ « " + field + " » signé par " + Certificates.holder(identity.certificate()) + " dans " + target);
            return Ctg.SUCCESS;
        } catch (SignatureRefusal e) {
            errors.println("ctg : " + e.getMessage());
            return Ctg.ERRORS;
        } catch (IOException e) {
            errors.println("ctg : " + e.getMessage());
            return Ctg.USAGE_OR_UNREADABLE;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char @Nullable [] password() {
        String variable = environment.get(PASSWORD_VARIABLE);
        if (variable != null) {
            return variable.toCharArray();
        }
        Console console = System.console();
        return console == null ? null : console.readPassword("Mot de passe du certificat %s : ", certificate);
    }
}
