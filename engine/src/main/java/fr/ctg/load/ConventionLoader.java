package fr.ctg.load;

import fr.ctg.model.Convention;
import java.nio.file.Path;

/** Loads a {@code convention.yaml} into the model, keeping every value's position. */
public final class ConventionLoader {

    private final RecordLoader loader = new RecordLoader();

    public LoadResult load(SourceFile source) {
        RecordLoader.Loaded<Convention> loaded = loader.load(source, Convention.class, "la convention");
        return new LoadResult(source.path(), loaded.value(), loaded.sources(), loaded.diagnostics());
    }

    /** Reads the file, then loads it. */
    public LoadResult load(Path file) throws UnreadableInputException {
        return load(SourceFile.read(file));
    }
}
