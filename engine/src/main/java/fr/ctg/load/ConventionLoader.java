package fr.ctg.load;

import fr.ctg.model.Convention;
import java.nio.file.Path;

/** Loads a {@code convention.yaml} into the model, keeping every value's position. */
public final class ConventionLoader {

    private final RecordLoader loader = new RecordLoader();

    public LoadResult load(Path file) throws UnreadableInputException {
        RecordLoader.Loaded<Convention> loaded = loader.load(file, Convention.class, "la convention");
        return new LoadResult(file, loaded.value(), loaded.sources(), loaded.diagnostics());
    }
}
