package fr.ctg.cli;

import picocli.CommandLine;

/** A command used wrongly, in the engine's own French words: shown as it is, where picocli's English is translated. */
final class UsageError extends CommandLine.ParameterException {

    private static final long serialVersionUID = 1L;

    UsageError(CommandLine line, String french) {
        super(line, french);
    }
}
