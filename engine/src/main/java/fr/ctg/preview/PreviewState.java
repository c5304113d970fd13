package fr.ctg.preview;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the page shows at one moment: who the convention is, the diagnostics of the last reading of the folder, and
 * the last rendering without errors.
 *
 * @param version counts the states that showed something new, from 1
 * @param identity the convention's title and territory, as last read
 * @param problems what kept the folder from being read or rendered, when no diagnostic says it
 * @param rendering the last documents without errors; none until the folder has been sound once
 * @param stale whether the last reading failed, so that the rendering shown is an older one
 */
record PreviewState(long version, Path file, @Nullable Identity identity, List<ShownDiagnostic> diagnostics, List<String> problems,
        @Nullable Rendering rendering, boolean stale) {

    /** The convention's title and territory. */
    record Identity(String titre, String territoire) {
    }

    PreviewState {
        diagnostics = List.copyOf(diagnostics);
        problems = List.copyOf(problems);
    }

    /** The title of the page and its first heading. */
    String heading() {
        return identity == null ? "Aperçu de " + file : identity.titre() + " — " + identity.territoire();
    }

    long errors() {
        return diagnostics.stream().filter(ShownDiagnostic::error).count() + problems.size();
    }

    long warnings() {
        return diagnostics.stream().filter(d -> !d.error()).count();
    }

    /** « 2 erreurs, 1 avertissement », or « aucun diagnostic ». */
    String summary() {
        long errors = errors();
        long warnings = warnings();
        if (errors == 0 && warnings == 0) {
            return "aucun diagnostic";
        }
        return errors + (errors > 1 ? " erreurs, " : " erreur, ") + warnings + (warnings > 1 ? " avertissements" : " avertissement");
    }

    /**
     * The state after a new reading of the folder: its documents when it has some, else the rendering of this state
     * kept and marked stale.
     *
     * @param views the documents of the reading, or null when it failed
     */
    PreviewState next(@Nullable Identity readIdentity, List<ShownDiagnostic> readDiagnostics, List<String> readProblems,
            @Nullable List<PreviewView> views) {
        Rendering kept = views == null ? rendering : new Rendering(version + 1, views);
        return new PreviewState(version + 1, file, readIdentity == null ? identity : readIdentity, readDiagnostics, readProblems, kept,
                views == null);
    }

    /** Whether {@link #next} with these values would show nothing new. */
    boolean shows(@Nullable Identity readIdentity, List<ShownDiagnostic> readDiagnostics, List<String> readProblems,
            @Nullable List<PreviewView> views) {
        boolean sameDocuments = views == null ? stale : !stale && rendering != null && rendering.looksLike(views);
        return sameDocuments && (readIdentity == null || readIdentity.equals(identity))
                && readDiagnostics.equals(diagnostics) && readProblems.equals(problems);
    }
}
