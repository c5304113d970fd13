package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import java.util.List;

/**
 * How the loader reports an item of a sealed type of the model (written {@code - KEY: VALUE}, the key naming one of
 * its records) that holds no such key, or several: in the words and with the code of the file's own rules. Such an
 * item cannot be read as any record, so the file is not loaded.
 */
public interface VariantDiagnostics {

    /** @param rank the item's rank in its list, from 1 */
    Diagnostic noKey(Position position, int rank);

    /** @param keys the keys it holds, in the order of the sealed interface's {@code permits} clause */
    Diagnostic severalKeys(Position position, int rank, List<String> keys);
}
