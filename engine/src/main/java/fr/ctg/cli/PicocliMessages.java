package fr.ctg.cli;

/** Picocli speaks English about usage errors; users read French. */
final class PicocliMessages {

    private PicocliMessages() {
    }

    static String translate(String message) {
        if (message == null) {
            return "commande incorrecte";
        }
        return message
                .replaceFirst("Unknown option: '(.*)'", "option inconnue : $1")
                .replaceFirst("Unmatched arguments? from index \\d+: (.*)", "arguments inattendus : $1")
                .replaceFirst("Missing required parameters?: (.*)", "paramètre obligatoire manquant : $1")
                .replaceFirst("Invalid value for option '(.*)': expected one of \\[(.*)] \\(case-sensitive\\) but was '(.*)'",
                        "valeur « $3 » invalide pour $1 : valeurs possibles $2")
                .replaceFirst("Invalid value for option '(.*)': (.*)", "valeur invalide pour $1 : $2");
    }
}
