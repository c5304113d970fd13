package fr.ctg.validate;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.load.SourceMap;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Statut;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a convention or avenant rule reports, by path in its YAML document ({@code periode.fin}); the position and the
 * rule's code are filled in here. A rule may only report the severities its {@link CtgRule} declares. The labels point
 * at the other places a diagnostic involves ({@link #label}).
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

    public void error(YamlPath chemin, String message, @Nullable String hint, Label... labels) {
        report(RuleSeverity.ERROR, chemin, message, hint, labels);
    }

    public void warning(YamlPath chemin, String message, @Nullable String hint, Label... labels) {
        report(RuleSeverity.WARNING, chemin, message, hint, labels);
    }

    /** A warning on a place of another file than the YAML document (a template of the Caf, say). */
    public void warning(Position position, String message, @Nullable String hint) {
        report(RuleSeverity.WARNING, position, message, hint, new Label[0]);
    }

    /** A warning at one character of the value at this path, where the file writes it ({@link SourceMap#positionOf}). */
    public void warningAtCharacter(YamlPath chemin, int codePoint, String message, @Nullable String hint) {
        report(RuleSeverity.WARNING, sources.positionOf(chemin, codePoint), message, hint, new Label[0]);
    }

    /** A warning while the convention is a draft ({@code projet}), an error once it is to be signed. */
    public void errorUnlessDraft(YamlPath chemin, String message, @Nullable String hint, Label... labels) {
        report(RuleSeverity.ERROR_UNLESS_DRAFT, chemin, message, hint, labels);
    }

    /** Another place of the document involved in a diagnostic, with a few words on why. */
    public Label label(YamlPath chemin, String note) {
        return new Label(position(chemin), note);
    }

    /** A place of another file involved in a diagnostic (for an avenant, its convention's). */
    public Label label(SourceMap other, YamlPath chemin, String note) {
        return new Label(other.position(chemin), note);
    }

    /** Where the value at this path is written. */
    public Position position(YamlPath chemin) {
        return sources.position(chemin);
    }

    /** The scalar exactly as written at this path, or null. */
    public @Nullable String rawText(YamlPath chemin) {
        return sources.rawText(chemin);
    }

    public SourceMap sources() {
        return sources;
    }

    private void report(RuleSeverity severity, YamlPath chemin, String message, @Nullable String hint, Label[] labels) {
        report(severity, sources.position(chemin), message, hint, labels);
    }

    private void report(RuleSeverity severity, Position position, String message, @Nullable String hint, Label[] labels) {
        if (!declared.contains(severity)) {
            throw new IllegalStateException("la règle " + code + " signale une gravité " + severity + " qu’elle ne déclare pas "
                    + declared + " dans son annotation @CtgRule");
        }
        diagnostics.add(new Diagnostic(severity.in(statut), code, position, message, hint, List.of(labels)));
    }
}
