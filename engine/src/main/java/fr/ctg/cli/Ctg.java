package fr.ctg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ctg} command: validates and renders Conventions Territoriales Globales. */
@Command(name = "ctg",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Moteur des Conventions Territoriales Globales (CTG) : valide les fichiers YAML et produit les documents.",
        subcommands = {CommandeValider.class},
        usageHelpAutoWidth = true)
public final class Ctg implements Runnable {

    /** Exit codes shared by every command. */
    public static final int SUCCES = 0;
    public static final int ERREURS = 1;
    public static final int USAGE_OU_ENTREE_ILLISIBLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] arguments) {
        System.exit(executer(arguments, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; never lets an exception through. */
    public static int executer(String[] arguments, PrintWriter sortie, PrintWriter erreurs) {
        CommandLine ligne = new CommandLine(new Ctg());
        ligne.setOut(sortie);
        ligne.setErr(erreurs);
        ligne.setExitCodeExceptionMapper(e -> USAGE_OU_ENTREE_ILLISIBLE);
        ligne.setParameterExceptionHandler((e, args) -> {
            erreurs.println("ctg : " + TraductionPicocli.traduire(e.getMessage()));
            e.getCommandLine().usage(erreurs);
            return USAGE_OU_ENTREE_ILLISIBLE;
        });
        ligne.setExecutionExceptionHandler((e, commande, resultat) -> ErreurInattendue.signaler(e, erreurs));
        int code = ligne.execute(arguments);
        sortie.flush();
        erreurs.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
