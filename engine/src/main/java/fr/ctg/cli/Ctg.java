package fr.ctg.cli;

import fr.ctg.diagnostic.UnforeseenFailure;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ctg} command: validates and renders Conventions Territoriales Globales. */
@Command(name = "ctg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = Ctg.USAGE_TEXTS,
        description = "Moteur des Conventions Territoriales Globales (CTG) : valide les fichiers YAML et produit les documents.",
        subcommands = {ValidateCommand.class, GenerateCommand.class, DeadlinesCommand.class, AvenantCommand.class, ArticlesCommand.class,
            SchemaCommand.class, SignCommand.class, VerifyCommand.class, RecordSignatureCommand.class, TransmitCommand.class,
            AcknowledgmentCommand.class, RulesCommand.class, BenchCommand.class, InitCommand.class, NewCommand.class, ApercuCommand.class,
            ModeleCommand.class})
public final class Ctg implements Runnable {

    /** Exit codes shared by every command. */
    public static final int SUCCESS = 0;
    public static final int ERRORS = 1;
    public static final int USAGE_OR_UNREADABLE = 2;

    /** Picocli's own help texts in French, for every command. */
    static final String USAGE_TEXTS = "fr.ctg.cli.usage";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] arguments) {
        System.exit(run(arguments, new PrintWriter(System.out, true), new PrintWriter(System.err, true), true));
    }

    /** Runs the command line and returns its exit code; never lets an exception through. Help is 80 columns wide. */
    public static int execute(String[] arguments, PrintWriter out, PrintWriter errors) {
        return run(arguments, out, errors, false);
    }

    private static int run(String[] arguments, PrintWriter out, PrintWriter errors, boolean helpFitsTerminal) {
        CommandLine line = new CommandLine(new Ctg());
        line.setOut(out);
        line.setErr(errors);
        line.setUsageHelpAutoWidth(helpFitsTerminal);
        line.setHelpFactory(FrenchHelp.FACTORY);
        line.setColorScheme(CommandLine.Help.defaultColorScheme(
                TerminalColours.ofThisProcess().enabled() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        line.setExitCodeExceptionMapper(e -> USAGE_OR_UNREADABLE);
        line.setParameterExceptionHandler((e, args) -> {
            errors.println("ctg : " + UnknownCommand.message(e).orElseGet(() -> PicocliMessages.translate(e)));
            e.getCommandLine().usage(errors);
            return USAGE_OR_UNREADABLE;
        });
        line.setExecutionExceptionHandler((e, command, parseResult) -> {
            errors.println("ctg : " + UnforeseenFailure.reported(e));
            return USAGE_OR_UNREADABLE;
        });
        int code;
        try {
            code = line.execute(AccentedCommands.normalized(line, arguments));
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler
            errors.println("ctg : " + UnforeseenFailure.reported(e));
            code = USAGE_OR_UNREADABLE;
        }
        // a PrintWriter keeps its write errors to itself: a full disk behind "> rapport.txt" would pass for success
        if (out.checkError()) {
            errors.println("ctg : la sortie standard n’a pas pu être écrite entièrement (disque plein, tube fermé ?) ;"
                    + " ce qu’elle devait contenir est incomplet");
            code = USAGE_OR_UNREADABLE;
        }
        errors.flush();
        return code;
    }

    @Override
    public void run() {
        throw commandMissing(spec);
    }

    /** What a command made of subcommands says when given none. */
    static UsageError commandMissing(CommandLine.Model.CommandSpec spec) {
        return new UsageError(spec.commandLine(),
                "indiquez une commande : " + String.join(", ", spec.subcommands().keySet()));
    }
}
