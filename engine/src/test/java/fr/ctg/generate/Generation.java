package fr.ctg.generate;

import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The generator's documents made on the calling thread, for tests; its failures as it reports them. */
public final class Generation {

    private static final ConventionPipeline PIPELINE = new ConventionPipeline();

    private Generation() {
    }

    /** The set of a convention file that must have no error. */
    public static ConventionSet valid(Path conventionFile) {
        try {
            ConventionSet set = PIPELINE.load(conventionFile);
            if (set.hasErrors()) {
                throw new AssertionError(conventionFile + " a des erreurs : " + set.diagnostics());
            }
            return set;
        } catch (fr.ctg.load.UnreadableInputException e) {
            throw new AssertionError(e);
        }
    }

    public static Documents convention(DocumentGenerator generator, ConventionSet set) throws GenerationException {
        return join(generator.convention(set, Runnable::run));
    }

    public static Documents avenant(DocumentGenerator generator, ConventionSet set, int index) throws GenerationException {
        return join(generator.avenant(set, index, Runnable::run));
    }

    public static Documents consolidated(DocumentGenerator generator, ConventionSet set) throws GenerationException {
        return join(generator.consolidated(set, Runnable::run));
    }

    private static Documents join(CompletableFuture<Documents> documents) throws GenerationException {
        try {
            return documents.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof GenerationException generation) {
                throw generation;
            }
            throw e;
        }
    }
}
