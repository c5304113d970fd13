package fr.ctg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ctg} command: validates and renders Conventions Territoriales Globales. */
@Command(name = "ctg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Moteur des Conventions Territoriales Globales (CTG) : valide les fichiers YAML et produit les documents.",
        subcommands = {ValidateCommand.class},
        usageHelpAutoWidth = true)
public final class Ctg implements Runnable {

    /** Exit codes shared by every command. */
    public static final int SUCCESS = 0;
    public static final int ERRORS = 1;
    public static final int USAGE_OR_UNREADABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] arguments) {
        System.exit(execute(arguments, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; never lets an exception through. */
    public static int execute(String[] arguments, PrintWriter sortie, PrintWriter errors) {
        CommandLine line = new CommandLine(new Ctg());
        line.setOut(sortie);
        line.setErr(errors);
        line.setExitCodeExceptionMapper(e -> USAGE_OR_UNREADABLE);
        line.setParameterExceptionHandler((e, args) -> {
            errors.println("ctg : " + PicocliMessages.translate(e.getMessage()));
            e.getCommandLine().usage(errors);
            return USAGE_OR_UNREADABLE;
        });
        line.setExecutionExceptionHandler((e, commande, resultat) -> UnexpectedError.report(e, errors));
        int code = line.execute(arguments);
        sortie.flush();
        errors.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
