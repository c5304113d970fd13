package fr.ctg.generate;

import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.diagnostic.UnforeseenFailure;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.write.AtomicOutput;
import fr.ctg.write.SignedOutputGuard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;

/**
 * Loads, validates and renders many conventions at once on a fixed pool of threads sharing one
 * {@link DocumentGenerator}. Each convention writes {@code <output>/<id>/convention.pdf} and
 * {@code convention.docx}, and for its avenants {@code avenant-NN.pdf/.docx} and
 * {@code convention-consolidee.pdf/.docx}: the same bytes as when rendered alone; one that fails, in any way, stops only
 * itself.
 * Only as many conventions as there are threads are under way at a time, so memory does not grow
 * with the size of the batch.
 */
public final class ConventionBatch {

    public static final String PDF = "convention.pdf";
    public static final String DOCX = "convention.docx";
    public static final String CONSOLIDATED = "convention-consolidee";

    private final Loader loader;
    private final DocumentGenerator generator;
    private final int threads;

    public ConventionBatch(DocumentGenerator generator, int threads) {
        this(generator, threads, new ConventionPipeline()::load);
    }

    /** Reads a convention file with its avenants. */
    @FunctionalInterface
    interface Loader {
        ConventionSet load(Path conventionFile) throws UnreadableInputException;
    }

    ConventionBatch(DocumentGenerator generator, int threads, Loader loader) {
        this.loader = loader;
        if (threads < 1) {
            throw new IllegalArgumentException("au moins un fil d’exécution : " + threads);
        }
        this.generator = generator;
        this.threads = threads;
    }

    /**
     * @return one outcome per file, in the files' order; whatever happens to one convention, even a failure the
     *     engine did not foresee, is its outcome and leaves the others to be produced
     */
    public List<Outcome> run(List<Path> files, Path outputFolder, BatchListener listener) {
        if (files.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            pool.execute(this::prepare);
            Progress progress = new Progress(files.size(), listener);
            Semaphore underWay = new Semaphore(threads);
            List<CompletableFuture<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                underWay.acquireUninterruptibly();
                futures.add(render(file, outputFolder, pool).exceptionally(error -> failure(file, error)).whenComplete((outcome, error) -> {
                    progress.record(outcome);
                    underWay.release();
                }));
            }
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private void prepare() {
        try {
            generator.prepare();
        } catch (RuntimeException e) {
            // The first DOCX meets the same problem, and reports it with its convention.
        }
    }

    /**
     * The whole way for one file: read and check it, then compose and write its documents. The convention's,
     * each avenant's and the consolidated convention's documents are made at the same time, then written once
     * all of them are ready: a convention rendered alone keeps both cores busy, and a failure writes nothing.
     */
    private CompletableFuture<Outcome> render(Path file, Path outputFolder, ExecutorService pool) {
        return CompletableFuture.supplyAsync(() -> loaded(file), pool).thenCompose(checked -> {
            if (checked.outcome() != null) {
                return CompletableFuture.completedFuture(checked.outcome());
            }
            ConventionSet set = checked.set();
            Convention convention = set.convention();
            Path folder = outputFolder.resolve(convention.id());
            List<Named> documents = new ArrayList<>();
            documents.add(new Named(null, convention.empreintePdfSigne(), generator.convention(set, pool)));
            List<Avenant> avenants = set.avenantValues();
            for (int i = 0; i < avenants.size(); i++) {
                documents.add(new Named("avenant-" + avenants.get(i).numeroSurDeuxChiffres(), avenants.get(i).empreintePdfSigne(),
                        generator.avenant(set, i, pool)));
            }
            if (!avenants.isEmpty()) {
                documents.add(new Named(CONSOLIDATED, null, generator.consolidated(set, pool)));
            }
            return CompletableFuture.allOf(documents.stream().map(Named::documents).toArray(CompletableFuture[]::new))
                    .thenApply(ready -> write(file, convention, folder, documents));
        });
    }

    /**
     * Documents on their way, the name of their files ({@code null}: the convention's own) and the fingerprint its YAML
     * records for its signed PDF.
     */
    private record Named(String name, @Nullable String recordedSha256, CompletableFuture<Documents> documents) {
    }

    /** Either a convention set without errors, or why there is none. */
    private record Checked(ConventionSet set, Outcome outcome) {
    }

    /** A convention and its avenants are one set of documents: an error in an avenant holds them all back. */
    private Checked loaded(Path file) {
        try {
            ConventionSet set = loader.load(file);
            return set.hasErrors() || set.convention() == null
                    ? new Checked(null, new Outcome.Rejected(file, set.diagnostics(), set.sources()))
                    : new Checked(set, null);
        } catch (UnreadableInputException e) {
            return new Checked(null, new Outcome.Unreadable(file, e.getMessage()));
        }
    }

    /**
     * Writes the convention's documents, then each avenant's and the consolidated convention's. A signed PDF, the
     * convention's or an avenant's, is left as it is ({@link SignedOutputGuard}); its DOCX, the working copy, is written.
     */
    private static Outcome write(Path file, Convention convention, Path folder, List<Named> documents) {
        try {
            List<AtomicOutput.Output> outputs = new ArrayList<>();
            List<Path> signedKept = new ArrayList<>();
            List<Path> avenantDocuments = new ArrayList<>();
            for (Named named : documents) {
                String name = named.name() == null ? "convention" : named.name();
                Path pdf = folder.resolve(name + ".pdf");
                Path docx = folder.resolve(name + ".docx");
                Documents ready = named.documents().join();
                if (SignedOutputGuard.keepsSigned(named.recordedSha256(), pdf, ready.pdf())) {
                    signedKept.add(pdf);
                } else {
                    outputs.add(new AtomicOutput.Output(pdf, ready.pdf()));
                }
                outputs.add(new AtomicOutput.Output(docx, ready.docx()));
                if (named.name() != null) {
                    avenantDocuments.addAll(List.of(pdf, docx));
                }
            }
            AtomicOutput.writeAll(outputs);
            return new Outcome.Produced(file, convention.id(), folder.resolve(PDF), folder.resolve(DOCX), avenantDocuments, signedKept);
        } catch (IOException e) {
            return new Outcome.Failed(file, "écriture impossible dans " + folder + " (" + InputOutputFailure.describe(e) + ") ; aucun de ses fichiers n’a changé");
        }
    }

    /** A failure becomes the convention's outcome: in its words when foreseen, else with a log of its details. */
    private static Outcome failure(Path file, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof GenerationException generation) {
            return new Outcome.Failed(file, generation.getMessage(), generation.diagnostic().orElse(null));
        }
        return new Outcome.Failed(file, UnforeseenFailure.reported(cause));
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

        synchronized void record(Outcome outcome) {
            completed++;
            listener.finished(outcome, completed, total);
        }
    }
}
