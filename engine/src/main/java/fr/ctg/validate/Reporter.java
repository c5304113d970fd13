package fr.ctg.validate;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Severity;
import fr.ctg.load.SourceMap;
import fr.ctg.model.Statut;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a convention or avenant rule reports, by path in its YAML document ({@code periode.fin}); the position and the
 * rule's code are filled in here.
 */
public final class Reporter {

    private final SourceMap sources;
    private final Statut statut;
    private final String code;
    private final List<Diagnostic> diagnostics;

    public Reporter(SourceMap sources, Statut statut, String code, List<Diagnostic> diagnostics) {
        this.sources = sources;
        this.statut = statut;
        this.code = code;
        this.diagnostics = diagnostics;
    }

    public void error(String chemin, String message, @Nullable String hint) {
        report(Severity.ERROR, chemin, message, hint);
    }

    public void warning(String chemin, String message, @Nullable String hint) {
        report(Severity.WARNING, chemin, message, hint);
    }

    /** A warning while the convention is a draft ({@code projet}), an error once it is to be signed. */
    public void errorUnlessDraft(String chemin, String message, @Nullable String hint) {
        report(statut.isDraft() ? Severity.WARNING : Severity.ERROR, chemin, message, hint);
    }

    /** The scalar exactly as written at this path, or null. */
    public @Nullable String rawText(String chemin) {
        return sources.rawText(chemin);
    }

    public SourceMap sources() {
        return sources;
    }

    private void report(Severity severity, String chemin, String message, @Nullable String hint) {
        diagnostics.add(new Diagnostic(severity, code, sources.position(chemin), message, hint));
    }
}
