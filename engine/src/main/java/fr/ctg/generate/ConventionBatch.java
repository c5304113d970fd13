package fr.ctg.generate;

import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.diagnostic.UnforeseenFailure;
import fr.ctg.generate.fingerprint.OutputRecord;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Loads, validates and renders many conventions at once on a fixed pool of threads sharing one
 * {@link DocumentGenerator}. Each convention writes {@code <output>/<id>/convention.pdf} and
 * {@code convention.docx}, and for its avenants {@code avenant-NN.pdf/.docx} and
 * {@code convention-consolidee.pdf/.docx}: the same bytes as when rendered alone; one that fails, in any way, stops only
 * itself. A convention whose documents are up to date ({@link Freshness}) is not read further: its set of documents is the
 * unit, since they are checked and written together and its avenants change the consolidated version.
 * Only as many conventions as there are threads are under way at a time, so memory does not grow
 * with the size of the batch.
 */
public final class ConventionBatch {

    public static final String PDF = "convention.pdf";
    public static final String DOCX = "convention.docx";
    public static final String CONSOLIDATED = "convention-consolidee";

    private final Loader loader;
    private final Supplier<DocumentGenerator> generator;
    private final int threads;
    private final Freshness freshness;

    /**
     * @param generator made when the first convention is to be made, so that a batch with all documents up to date loads no
     *     font nor template
     */
    public ConventionBatch(Supplier<DocumentGenerator> generator, int threads, Freshness freshness) {
        this(generator, threads, freshness, new ConventionPipeline()::load);
    }

    /** Reads a convention file with its avenants. */
    @FunctionalInterface
    interface Loader {
        ConventionSet load(Path conventionFile) throws UnreadableInputException;
    }

    ConventionBatch(Supplier<DocumentGenerator> generator, int threads, Freshness freshness, Loader loader) {
        this.loader = loader;
        if (threads < 1) {
            throw new IllegalArgumentException("au moins un fil d’exécution : " + threads);
        }
        this.generator = new Once<>(generator);
        this.threads = threads;
        this.freshness = freshness;
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
            AtomicBoolean preparing = new AtomicBoolean();
            Runnable prepareOnce = () -> {
                if (preparing.compareAndSet(false, true)) {
                    pool.execute(this::prepare);
                }
            };
            Progress progress = new Progress(files.size(), listener);
            Semaphore underWay = new Semaphore(threads);
            List<CompletableFuture<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                underWay.acquireUninterruptibly();
                futures.add(render(file, outputFolder, pool, prepareOnce).exceptionally(error -> failure(file, error)).whenComplete((outcome, error) -> {
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
            generator.get().prepare();
        } catch (RuntimeException e) {
            // The first DOCX meets the same problem, and reports it with its convention.
        }
    }

    /**
     * The whole way for one file: read and check it, then compose and write its documents. The convention's,
     * each avenant's and the consolidated convention's documents are made at the same time, then written once
     * all of them are ready: a convention rendered alone keeps both cores busy, and a failure writes nothing.
     *
     * @param prepareOnce has the generator made and prepared on an idle core, the first time a convention is not up to date
     */
    private CompletableFuture<Outcome> render(Path file, Path outputFolder, ExecutorService pool, Runnable prepareOnce) {
        return CompletableFuture.supplyAsync(() -> checked(file, outputFolder, prepareOnce), pool).thenCompose(checked -> {
            if (checked.outcome() != null) {
                return CompletableFuture.completedFuture(checked.outcome());
            }
            DocumentGenerator generator = this.generator.get();
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
                    .thenApply(ready -> write(file, convention, folder, documents, checked.inputs()));
        });
    }

    /**
     * Documents on their way, the name of their files ({@code null}: the convention's own) and the fingerprint its YAML
     * records for its signed PDF.
     */
    private record Named(String name, @Nullable String recordedSha256, CompletableFuture<Documents> documents) {
    }

    /**
     * Either a convention set without errors and the fingerprint of its inputs (none when one could not be read), or why
     * there is nothing to make.
     */
    private record Checked(ConventionSet set, Outcome outcome, @Nullable String inputs) {
    }

    /**
     * Up to date, or read and checked. The inputs are fingerprinted before they are read: if one changes meanwhile, the record
     * names the former inputs, and the next run makes the documents again.
     */
    private Checked checked(Path file, Path outputFolder, Runnable prepareOnce) {
        Path conventionFolder = file.toAbsolutePath().normalize().getParent();
        String inputs = conventionFolder == null || conventionFolder.getFileName() == null ? null : freshness.inputs(file);
        if (inputs != null) {
            // the folder is named after the id (CTG-ID-DOSSIER), which is known without reading the YAML
            String id = conventionFolder.getFileName().toString();
            Path folder = outputFolder.resolve(id);
            if (freshness.upToDate(inputs, folder)) {
                return new Checked(null, new Outcome.UpToDate(file, id, folder), inputs);
            }
        }
        prepareOnce.run();
        return loaded(file, inputs);
    }

    /** A convention and its avenants are one set of documents: an error in an avenant holds them all back. */
    private Checked loaded(Path file, @Nullable String inputs) {
        try {
            ConventionSet set = loader.load(file);
            return set.hasErrors() || set.convention() == null
                    ? new Checked(null, new Outcome.Rejected(file, set.diagnostics(), set.sources()), inputs)
                    : new Checked(set, null, inputs);
        } catch (UnreadableInputException e) {
            return new Checked(null, new Outcome.Unreadable(file, e.getMessage()), inputs);
        }
    }

    /**
     * Writes the convention's documents, then each avenant's and the consolidated convention's. A signed PDF, the
     * convention's or an avenant's, is left as it is ({@link SignedOutputGuard}); its DOCX, the working copy, is written.
     * The record of what they were made from comes last, unless an input changed while they were made.
     */
    private Outcome write(Path file, Convention convention, Path folder, List<Named> documents, @Nullable String inputs) {
        try {
            List<AtomicOutput.Output> outputs = new ArrayList<>();
            Map<String, String> checks = new TreeMap<>();
            List<Path> signedKept = new ArrayList<>();
            List<Path> avenantDocuments = new ArrayList<>();
            for (Named named : documents) {
                String name = named.name() == null ? "convention" : named.name();
                Path pdf = folder.resolve(name + ".pdf");
                Path docx = folder.resolve(name + ".docx");
                Documents ready = named.documents().join();
                if (SignedOutputGuard.keepsSigned(named.recordedSha256(), pdf, ready.pdf())) {
                    signedKept.add(pdf);
                    checks.put(pdf.getFileName().toString(), OutputRecord.check(pdf));
                } else {
                    outputs.add(new AtomicOutput.Output(pdf, ready.pdf()));
                    checks.put(pdf.getFileName().toString(), OutputRecord.check(ready.pdf()));
                }
                outputs.add(new AtomicOutput.Output(docx, ready.docx()));
                checks.put(docx.getFileName().toString(), OutputRecord.check(ready.docx()));
                if (named.name() != null) {
                    avenantDocuments.addAll(List.of(pdf, docx));
                }
            }
            if (inputs != null && inputs.equals(freshness.inputs(file))) {
                outputs.add(new OutputRecord(inputs, checks).output(folder));
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

    /** Makes its value the first time it is asked for, once even when asked from several threads at a time. */
    private static final class Once<T> implements Supplier<T> {

        private final Supplier<T> maker;
        private @Nullable T value;

        Once(Supplier<T> maker) {
            this.maker = maker;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = maker.get();
            }
            return value;
        }
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
