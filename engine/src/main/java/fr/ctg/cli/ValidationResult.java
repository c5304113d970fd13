package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** The diagnostics of one file. */
record ValidationResult(Path file, List<Diagnostic> diagnostics) {

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    long warnings() {
        return diagnostics.size() - errors();
    }
}
