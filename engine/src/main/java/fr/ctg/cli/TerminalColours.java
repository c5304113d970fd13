package fr.ctg.cli;

import fr.ctg.diagnostic.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Colours for a person at a terminal: errors in red, warnings in yellow. None when the output goes to a file, a pipe or
 * a CI log, nor when {@code NO_COLOR} is set to anything (no-color.org).
 */
record TerminalColours(boolean enabled) {

    private static final String RESET = "\u001b[0m";

    static TerminalColours ofThisProcess() {
        return of(System.console() != null, System.getenv("NO_COLOR"));
    }

    static TerminalColours of(boolean terminal, @Nullable String noColor) {
        return new TerminalColours(terminal && (noColor == null || noColor.isEmpty()));
    }

    /** The text in the colour of this severity: bold red for an error, bold yellow for a warning. */
    String of(Severity severity, String text) {
        if (!enabled) {
            return text;
        }
        return (severity == Severity.ERROR ? "\u001b[1;31m" : "\u001b[1;33m") + text + RESET;
    }
}
