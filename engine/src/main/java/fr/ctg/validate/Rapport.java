package fr.ctg.validate;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Gravite;
import fr.ctg.load.SourceMap;
import fr.ctg.model.Statut;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule reports, by path in the YAML document ({@code periode.fin}); the position and the
 * rule's code are filled in here.
 */
public final class Rapport {

    private final SourceMap sources;
    private final Statut statut;
    private final String code;
    private final List<Diagnostic> diagnostics;

    Rapport(SourceMap sources, Statut statut, String code, List<Diagnostic> diagnostics) {
        this.sources = sources;
        this.statut = statut;
        this.code = code;
        this.diagnostics = diagnostics;
    }

    public void erreur(String chemin, String message, @Nullable String aide) {
        signaler(Gravite.ERREUR, chemin, message, aide);
    }

    public void avertissement(String chemin, String message, @Nullable String aide) {
        signaler(Gravite.AVERTISSEMENT, chemin, message, aide);
    }

    /** A warning while the convention is a draft ({@code projet}), an error once it is to be signed. */
    public void erreurSaufProjet(String chemin, String message, @Nullable String aide) {
        signaler(statut.estProjet() ? Gravite.AVERTISSEMENT : Gravite.ERREUR, chemin, message, aide);
    }

    /** The scalar exactly as written at this path, or null. */
    public @Nullable String texteBrut(String chemin) {
        return sources.texteBrut(chemin);
    }

    public SourceMap sources() {
        return sources;
    }

    private void signaler(Gravite gravite, String chemin, String message, @Nullable String aide) {
        diagnostics.add(new Diagnostic(gravite, code, sources.position(chemin), message, aide));
    }
}
