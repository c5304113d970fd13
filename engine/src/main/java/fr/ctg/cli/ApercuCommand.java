package fr.ctg.cli;

import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.preview.PreviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ctg apercu DOSSIER}: the convention in the browser, as it will print, kept up to date while it is written. */
@Command(name = "apercu",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = {"Montre dans le navigateur la convention telle qu’elle sera imprimée, à côté de ses diagnostics,"
                + " et la met à jour à chaque enregistrement du YAML, d’un avenant ou d’un modèle de son dossier.",
            "Le serveur n’écoute que sur 127.0.0.1 ; Ctrl-C l’arrête.",
            "Code de sortie : 0 à l’arrêt, 2 si la commande est mal écrite, le fichier introuvable ou le port indisponible."})
final class ApercuCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DOSSIER", arity = "0..1", defaultValue = ".",
            description = "Le dossier de la convention, ou son fichier convention.yaml (défaut : le dossier courant).")
    Path convention;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Le port où écouter sur 127.0.0.1 (défaut : un port libre, choisi par le système).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter errors = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            throw new UsageError(spec.commandLine(), "le port doit être compris entre 0 et 65535 : " + port);
        }
        Path file = ConventionFinder.conventionFile(convention);
        if (!Files.isRegularFile(file)) {
            errors.println("ctg : le fichier " + file + " n’existe pas");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(file, port, line -> {
                out.println(line);
                out.flush();
            });
        } catch (IOException e) {
            errors.println("ctg : le port " + port + " de 127.0.0.1 ne peut pas être ouvert (" + InputOutputFailure.describe(e) + ")");
            return Ctg.USAGE_OR_UNREADABLE;
        }
        Thread stop = new Thread(() -> {
            server.close();
            out.println("Aperçu arrêté.");
            out.flush();
        }, "ctg-apercu-arret");
        Runtime.getRuntime().addShutdownHook(stop);
        out.println("Aperçu de " + file + " : " + server.address() + " (Ctrl-C pour arrêter)");
        out.flush();
        server.awaitClosed();
        return Ctg.SUCCESS;
    }
}
