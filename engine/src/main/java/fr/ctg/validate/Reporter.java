package fr.ctg.validate;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.SourceMap;
import fr.ctg.model.Statut;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a convention or avenant rule reports, by path in its YAML document ({@code periode.fin}); the position and the
 * rule's code are filled in here. A rule may only report the severities its {@link CtgRule} declares.
 */
public final class Reporter {

    private final SourceMap sources;
    private final Statut statut;
    private final String code;
    private final Set<RuleSeverity> declared;
    private final List<Diagnostic> diagnostics;

    public Reporter(SourceMap sources, Statut statut, CtgRule rule, List<Diagnostic> diagnostics) {
        this.sources = sources;
        this.statut = statut;
        this.code = rule.code();
        this.declared = RuleSeverity.declaredBy(rule);
        this.diagnostics = diagnostics;
    }

    public void error(String chemin, String message, @Nullable String hint) {
        report(RuleSeverity.ERROR, chemin, message, hint);
    }

    public void warning(String chemin, String message, @Nullable String hint) {
        report(RuleSeverity.WARNING, chemin, message, hint);
    }

    /** A warning while the convention is a draft ({@code projet}), an error once it is to be signed. */
    public void errorUnlessDraft(String chemin, String message, @Nullable String hint) {
        report(RuleSeverity.ERROR_UNLESS_DRAFT, chemin, message, hint);
    }

    /** The scalar exactly as written at this path, or null. */
    public @Nullable String rawText(String chemin) {
        return sources.rawText(chemin);
    }

    public SourceMap sources() {
        return sources;
    }

    private void report(RuleSeverity severity, String chemin, String message, @Nullable String hint) {
        if (!declared.contains(severity)) {
            throw new IllegalStateException("la règle " + code + " signale une gravité " + severity + " qu’elle ne déclare pas "
                    + declared + " dans son annotation @CtgRule");
        }
        diagnostics.add(new Diagnostic(severity.in(statut), code, sources.position(chemin), message, hint));
    }
}
