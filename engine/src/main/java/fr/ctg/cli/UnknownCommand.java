package fr.ctg.cli;

import fr.ctg.load.Suggestions;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** A word where a command was expected: « Commande inconnue « generr ». Vouliez-vous dire « generer » ? ». */
final class UnknownCommand {

    private UnknownCommand() {
    }

    /** What to say when the error is an unknown command; empty for any other error. */
    static Optional<String> message(CommandLine.ParameterException error) {
        if (!(error instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getCommandLine().getSubcommands().isEmpty()) {
            return Optional.empty();
        }
        List<String> words = unmatched.getUnmatched();
        if (words.isEmpty() || words.get(0).startsWith("-")) {
            return Optional.empty();
        }
        String typed = words.get(0);
        List<String> commands = List.copyOf(unmatched.getCommandLine().getSubcommands().keySet());
        String known = Suggestions.closest(AccentedCommands.unaccented(typed), commands)
                .map(meant -> " Vouliez-vous dire « " + meant + " » ?")
                .orElse(" Les commandes : " + String.join(", ", commands) + ".");
        return Optional.of("Commande inconnue « " + typed + " »." + known);
    }
}
