package fr.ctg.generate;

import fr.ctg.compose.CompositionException;
import fr.ctg.compose.OverrideFolders;
import fr.ctg.generate.fingerprint.ConventionInputs;
import fr.ctg.generate.fingerprint.OutputRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a batch tells that a convention's documents are up to date: made by the same engine from the same inputs, and still as
 * they were written ({@link OutputRecord}). Only files are read to tell it, nothing is composed nor rendered. Forced, every
 * convention is made again, and recorded.
 *
 * @param engine the engine's version, commit and build
 */
public record Freshness(String engine, boolean force) {

    /** The fingerprint of a convention's inputs; none when a file of its folder cannot be read (it is then made, not recorded). */
    @Nullable String inputs(Path conventionFile) {
        try {
            return ConventionInputs.fingerprint(conventionFile, engine, overrideFolders(conventionFile));
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** Whether the documents in {@code folder} are those these inputs make. */
    boolean upToDate(@Nullable String inputs, Path folder) {
        return !force && inputs != null && OutputRecord.read(folder).map(record -> record.describes(folder, inputs)).orElse(false);
    }

    /**
     * The folders of templates and style that replace national ones for this convention, in the order they are looked up: the
     * repository's ({@link OverrideFolders}). A convention's own {@code modeles} folder lies in its folder, which is
     * fingerprinted whole.
     */
    private static List<Path> overrideFolders(Path conventionFile) throws IOException {
        try {
            return OverrideFolders.of(conventionFile, null);
        } catch (CompositionException refused) {
            throw new IOException(refused.getMessage(), refused);
        }
    }
}
