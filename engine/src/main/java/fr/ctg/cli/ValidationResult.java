package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The diagnostics of one convention and its avenants.
 *
 * @param sources the files read, which the report quotes
 */
record ValidationResult(Path file, List<Diagnostic> diagnostics, List<SourceFile> sources) {

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
