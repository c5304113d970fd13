package fr.ctg.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Picocli speaks English about usage errors; users read French. Each message picocli can give about a command line
 * has its French wording here; the options it quotes ({@code '--format'}) come back bare, as they are typed, the other
 * words it quotes between guillemets.
 */
final class PicocliMessages {

    private record Wording(Pattern english, String french) {
        Wording(String english, String french) {
            this(Pattern.compile(english, Pattern.DOTALL), french);
        }
    }

    private static final String OPTION = "'(.+?)'(?: \\(.+?\\))?";
    private static final List<Wording> WORDINGS = List.of(
            new Wording("Unknown option: (.+?)(?:; Did you mean .*)?", "option inconnue : $1"),
            new Wording("Unknown options: (.+)", "options inconnues : $1"),
            new Wording("Unmatched argument at index \\d+: (.+)", "argument en trop : $1"),
            new Wording("Unmatched arguments from index \\d+: (.+)", "arguments en trop : $1"),
            new Wording("Missing required parameter for option " + OPTION, "il manque la valeur de l’option $1"),
            new Wording("Expected parameter for option " + OPTION + " but found '(.+)'", "il manque la valeur de l’option $1 avant « $2 »"),
            new Wording("option " + OPTION + " should be specified only once", "l’option $1 ne se donne qu’une fois"),
            new Wording("positional parameter at index \\d+ \\((.+?)\\) should be specified only once", "$1 ne se donne qu’une fois"),
            new Wording("Error: (.+) are mutually exclusive \\(specify only one\\)", "les options $1 s’excluent : n’en donnez qu’une"),
            new Wording("Missing required option: (.+)", "option obligatoire manquante : $1"),
            new Wording("Missing required options: (.+)", "options obligatoires manquantes : $1"),
            new Wording("Missing required parameter: (.+)", "paramètre obligatoire manquant : $1"),
            new Wording("Missing required parameters: (.+)", "paramètres obligatoires manquants : $1"),
            new Wording("Missing required argument\\(s\\): (.+)", "arguments obligatoires manquants : $1"),
            new Wording("Invalid value for option " + OPTION + ": expected one of \\[(.*)] \\(case-sensitive\\) but was '(.*)'",
                    "valeur « $3 » invalide pour $1 : valeurs possibles $2"),
            new Wording("Invalid value for option " + OPTION + ": '(.*)' is not an? (?:int|long|short|byte)", "valeur « $2 » invalide pour $1 : un nombre entier est attendu"),
            new Wording("Invalid value for option " + OPTION + ": cannot convert '(.*?)' to .*", "valeur « $2 » invalide pour $1"),
            // the engine's own conversions say what is wrong in French, between guillemets
            new Wording("Invalid value for option " + OPTION + ": (« .+)", "valeur invalide pour $1 : $2"),
            new Wording("Invalid value for option " + OPTION + ": .+", "valeur invalide pour $1"),
            new Wording("Invalid value for positional parameter at index \\d+ \\((.+?)\\): cannot convert '(.*?)' to .*",
                    "valeur « $2 » invalide pour $1"),
            new Wording("Invalid value for positional parameter at index \\d+ \\((.+?)\\): .+", "valeur invalide pour $1"));

    private static final Pattern QUOTED = Pattern.compile("'([^' ][^']*)'");

    private PicocliMessages() {
    }

    static String translate(CommandLine.ParameterException error) {
        return error instanceof UsageError ? error.getMessage() : translate(error.getMessage());
    }

    static String translate(String message) {
        if (message == null) {
            return "commande incorrecte";
        }
        for (Wording wording : WORDINGS) {
            Matcher matcher = wording.english().matcher(message);
            if (matcher.matches()) {
                return QUOTED.matcher(matcher.replaceFirst(wording.french()))
                        .replaceAll(quoted -> quoted.group(1).startsWith("-") ? "$1" : "« $1 »");
            }
        }
        // a message picocli words otherwise is English: never shown as it is
        return "commande incorrecte";
    }
}
