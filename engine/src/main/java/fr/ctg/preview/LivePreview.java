package fr.ctg.preview;

import fr.ctg.cli.SourceLines;
import fr.ctg.compose.ComposedDocument;
import fr.ctg.compose.CompositionException;
import fr.ctg.compose.OverrideFolders;
import fr.ctg.generate.ConventionBatch;
import fr.ctg.generate.DocumentGenerator;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.preview.PreviewState.Identity;
import fr.ctg.style.HouseStyle;
import fr.ctg.write.pdf.PdfWriteException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * One convention folder kept rendered by an engine that stays loaded: each refresh reads the folder again (the
 * convention, its avenants, the templates of its override folder), checks it, and lays out the convention, each
 * avenant and the consolidated version as the PDF prints them. A reading with errors keeps the last rendering
 * without errors, marked stale. Safe to use from several threads.
 */
final class LivePreview implements AutoCloseable {

    private final Path conventionFile;
    private final Path folder;
    private final ConventionPipeline pipeline = new ConventionPipeline();
    private final DocumentGenerator generator = new DocumentGenerator();
    private final ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
        Thread thread = new Thread(task, "ctg-apercu-rendu");
        thread.setDaemon(true);
        return thread;
    });
    private volatile PreviewState state;

    LivePreview(Path conventionFile) {
        this.conventionFile = conventionFile;
        this.folder = conventionFile.toAbsolutePath().getParent();
        this.state = new PreviewState(0, conventionFile, null, List.of(), List.of(), null, false);
    }

    /** The folder of the convention. */
    Path folder() {
        return folder;
    }

    /** The folders watched: the convention's, then its Caf repository's {@code modeles}, when there is one. */
    List<Path> watched() {
        List<Path> folders = new ArrayList<>(List.of(folder));
        try {
            OverrideFolders.of(conventionFile, null).stream().filter(f -> !f.startsWith(folder)).forEach(folders::add);
        } catch (CompositionException refused) {
            // a repository folder that is refused is not watched; the rendering says why
        }
        return folders;
    }

    PreviewState state() {
        return state;
    }

    /** Reads and renders the folder again; the new state when it shows anything new. */
    synchronized Optional<PreviewState> refresh() {
        ConventionSet set;
        try {
            set = pipeline.load(conventionFile);
        } catch (UnreadableInputException e) {
            return advance(null, List.of(), List.of(e.getMessage()), null);
        }
        SourceLines lines = new SourceLines();
        set.sources().forEach(lines::add);
        List<ShownDiagnostic> diagnostics = new ArrayList<>(set.diagnostics().stream().map(d -> ShownDiagnostic.of(d, folder, lines)).toList());
        Convention convention = set.convention();
        Identity identity = convention == null ? null : new Identity(convention.titre(), convention.territoire());
        if (convention == null || set.hasErrors()) {
            return advance(identity, diagnostics, List.of(), null);
        }
        try {
            return advance(identity, diagnostics, List.of(), views(set));
        } catch (CompositionException e) {
            e.diagnostic().ifPresent(d -> diagnostics.add(ShownDiagnostic.of(d, folder, lines)));
            return advance(identity, diagnostics, e.diagnostic().isPresent() ? List.of() : List.of(e.getMessage()), null);
        } catch (PdfWriteException e) {
            return advance(identity, diagnostics, List.of(e.getMessage()), null);
        }
    }

    private Optional<PreviewState> advance(@Nullable Identity identity, List<ShownDiagnostic> diagnostics, List<String> problems,
            @Nullable List<PreviewView> views) {
        if (state.shows(identity, diagnostics, problems, views)) {
            return Optional.empty();
        }
        state = state.next(identity, diagnostics, problems, views);
        return Optional.of(state);
    }

    /** The documents of a sound set, composed at the same time on every core. */
    private List<PreviewView> views(ConventionSet set) throws CompositionException {
        List<CompletableFuture<PreviewView>> views = new ArrayList<>();
        views.add(later("convention", "Convention", set, () -> generator.composeConvention(set)));
        List<Avenant> avenants = set.avenantValues();
        for (int i = 0; i < avenants.size(); i++) {
            int index = i;
            views.add(later("avenant-" + avenants.get(i).numeroSurDeuxChiffres(), "Avenant n°\u00a0" + avenants.get(i).numero(),
                    set, () -> generator.composeAvenant(set, index)));
        }
        if (!avenants.isEmpty()) {
            views.add(later(ConventionBatch.CONSOLIDATED, "Version consolidée", set, () -> generator.composeConsolidated(set)));
        }
        List<PreviewView> done = new ArrayList<>();
        for (CompletableFuture<PreviewView> view : views) {
            try {
                done.add(view.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof CompositionException composition) {
                    throw composition;
                }
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return done;
    }

    /** One of the generator's compositions. */
    @FunctionalInterface
    private interface Composition {
        ComposedDocument compose() throws CompositionException;
    }

    private CompletableFuture<PreviewView> later(String key, String label, ConventionSet set, Composition composition) {
        HouseStyle style = set.style().style();
        return CompletableFuture.supplyAsync(() -> {
            try {
                ComposedDocument composed = composition.compose();
                return new PreviewView(key, label, composed, folder, style, BrowserXhtml.of(generator.printedDom(composed, folder, style)));
            } catch (CompositionException e) {
                throw new CompletionException(e);
            }
        }, workers);
    }

    /** Stops the threads that compose the documents. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** The PDF of a view, written now by the engine's writer. */
    byte[] pdf(PreviewView view) {
        return generator.pdf(view.composed(), view.folder(), view.style());
    }

    /** The DOCX of a view, written now by the engine's writer. */
    byte[] docx(PreviewView view) {
        return generator.docx(view.composed(), view.folder(), view.style());
    }
}
