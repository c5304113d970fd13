package fr.ctg.cli;

import fr.ctg.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** The diagnostics of one file. */
record ResultatValidation(Path fichier, List<Diagnostic> diagnostics) {

    boolean aDesErreurs() {
        return diagnostics.stream().anyMatch(Diagnostic::estErreur);
    }

    long erreurs() {
        return diagnostics.stream().filter(Diagnostic::estErreur).count();
    }

    long avertissements() {
        return diagnostics.size() - erreurs();
    }
}
