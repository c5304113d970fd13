package fr.ctg.generate;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.LoadResult;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.validate.Validator;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Loads, validates and renders many conventions at once on a fixed pool of threads sharing one
 * {@link DocumentGenerator}. Each convention writes {@code <output>/<id>/convention.pdf} and
 * {@code convention.docx}, the same bytes as when rendered alone; one that fails stops only itself.
 */
public final class ConventionBatch {

    public static final String PDF = "convention.pdf";
    public static final String DOCX = "convention.docx";

    private final ConventionLoader loader = new ConventionLoader();
    private final Validator validator = new Validator();
    private final DocumentGenerator generator;
    private final int threads;

    public ConventionBatch(DocumentGenerator generator, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("au moins un fil d’exécution : " + threads);
        }
        this.generator = generator;
        this.threads = threads;
    }

    /**
     * @return one outcome per file, in the files' order
     * @throws IllegalStateException when rendering a convention failed in a way the engine did not foresee
     *     (a bug: the other conventions are abandoned)
     */
    public List<Outcome> run(List<Path> files, Path outputFolder, BatchListener listener) {
        if (files.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), daemonThreads());
        try {
            Progress progress = new Progress(files.size(), listener);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> progress.record(render(file, outputFolder))));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(result(future));
            }
            return List.copyOf(outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The whole way for one file, as {@code ctg generer} does it for a single convention. */
    public Outcome render(Path file, Path outputFolder) {
        LoadResult loaded;
        try {
            loaded = loader.load(file);
        } catch (UnreadableInputException e) {
            return new Outcome.Unreadable(file, e.getMessage());
        }
        List<Diagnostic> diagnostics = validator.validate(loaded);
        Convention convention = loaded.convention();
        if (convention == null || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Outcome.Rejected(file, diagnostics);
        }
        Path folder = outputFolder.resolve(convention.id());
        try {
            Documents documents = generator.convention(convention, file);
            AtomicOutput.write(folder.resolve(PDF), documents.pdf());
            AtomicOutput.write(folder.resolve(DOCX), documents.docx());
            return new Outcome.Produced(file, convention.id(), folder.resolve(PDF), folder.resolve(DOCX));
        } catch (GenerationException e) {
            return new Outcome.Failed(file, e.getMessage());
        } catch (IOException e) {
            return new Outcome.Failed(file, "écriture impossible dans " + folder + " (" + e.getMessage() + ")");
        }
    }

    private static Outcome result(Future<Outcome> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("échec imprévu pendant la production", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("production interrompue", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        ThreadFactory defaults = Executors.defaultThreadFactory();
        return task -> {
            Thread thread = defaults.newThread(task);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Counts finished conventions and tells the listener, one call at a time. */
    private static final class Progress {

        private final int total;
        private final BatchListener listener;
        private int completed;

        Progress(int total, BatchListener listener) {
            this.total = total;
            this.listener = listener;
        }

        synchronized Outcome record(Outcome outcome) {
            completed++;
            listener.finished(outcome, completed, total);
            return outcome;
        }
    }
}
