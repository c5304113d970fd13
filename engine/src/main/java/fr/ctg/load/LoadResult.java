package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.model.Convention;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of loading one file: the convention when it could be read, the positions of its
 * values, and what was wrong with its form.
 */
public record LoadResult(Path file, @Nullable Convention convention, SourceMap sources, List<Diagnostic> diagnostics) {

    public Optional<Convention> loadedConvention() {
        return Optional.ofNullable(convention);
    }
}
