package fr.ctg.cli;

import java.text.Normalizer;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Commands are named without accents ({@code generer}, {@code echeances}); typed with them ({@code générer},
 * {@code échéances}, {@code vérifier}, {@code règles}), they are understood all the same, without cluttering the help
 * with a second name for each.
 */
final class AccentedCommands {

    private AccentedCommands() {
    }

    /** The arguments with each command name, down the command tree, written as the command is declared. */
    static String[] normalized(CommandLine root, String[] arguments) {
        String[] normalized = arguments.clone();
        CommandLine current = root;
        for (int i = 0; i < normalized.length; i++) {
            String argument = normalized[i];
            if (argument.startsWith("-")) {
                continue;
            }
            CommandLine sub = current.getSubcommands().get(argument);
            if (sub == null) {
                sub = current.getSubcommands().get(unaccented(argument));
                if (sub == null) {
                    break;
                }
                normalized[i] = unaccented(argument);
            }
            current = sub;
        }
        return normalized;
    }

    /** {@code Échéances} → {@code echeances}. */
    static String unaccented(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
