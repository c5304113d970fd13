package fr.ctg.pipeline;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.LoadResult;
import fr.ctg.load.RecordLoader.Loaded;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.style.LoadedStyle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A convention folder as every command needs it, read once: the convention's source and what it gives, its
 * avenants, the convention as its signed avenants leave it, and every diagnostic of them all.
 *
 * @param avenants the avenants of the folder, in order; none when the convention itself has errors (an
 *     avenant is only checked against a sound convention)
 * @param consolidated the convention with its signed avenants applied; {@code null} when anything has an error
 * @param style the house style of its documents; the national one when the convention itself has errors
 * @param diagnostics the convention's, then its house style's, then its avenants', each file's in file order
 */
public record ConventionSet(
        SourceFile source,
        LoadResult loaded,
        List<LoadedAvenant> avenants,
        @Nullable Convention consolidated,
        LoadedStyle style,
        List<Diagnostic> diagnostics) {

    /** One avenant file: its source and what loading it gave. */
    public record LoadedAvenant(SourceFile source, Loaded<Avenant> loaded) {

        /** The avenant, when it could be loaded. */
        public @Nullable Avenant avenant() {
            return loaded.value();
        }
    }

    public ConventionSet {
        avenants = List.copyOf(avenants);
        diagnostics = List.copyOf(diagnostics);
    }

    public Path file() {
        return source.path();
    }

    /** The convention as written in its file, when it could be loaded. */
    public @Nullable Convention convention() {
        return loaded.convention();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The loaded avenants, in order; every one of them when the set {@linkplain #hasErrors() has no error}. */
    public List<Avenant> avenantValues() {
        return avenants.stream().map(LoadedAvenant::avenant).filter(Objects::nonNull).toList();
    }

    /** The files read, the convention's first, then its house style's: where the diagnostics point. */
    public List<SourceFile> sources() {
        List<SourceFile> sources = new ArrayList<>();
        sources.add(source);
        if (style.source() != null) {
            sources.add(style.source());
        }
        avenants.forEach(a -> sources.add(a.source()));
        return List.copyOf(sources);
    }
}
