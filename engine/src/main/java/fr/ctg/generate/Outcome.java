package fr.ctg.generate;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What became of one convention file in a batch. */
public sealed interface Outcome {

    Path file();

    /**
     * The documents were written, but for the signed PDFs already in place.
     *
     * @param avenantDocuments the avenants' documents and the consolidated convention's, when it has avenants
     * @param signedKept the signed PDFs left as they were instead of being written again
     */
    record Produced(Path file, String id, Path pdf, Path docx, List<Path> avenantDocuments, List<Path> signedKept) implements Outcome {

        public Produced {
            avenantDocuments = List.copyOf(avenantDocuments);
            signedKept = List.copyOf(signedKept);
        }
    }

    /**
     * Its documents in {@code folder} were made by the same engine from the same inputs and are still as they were written
     * ({@link Freshness}): nothing was read further nor written.
     */
    record UpToDate(Path file, String id, Path folder) implements Outcome {
    }

    /**
     * Validation found errors: nothing was written; the diagnostics say why (warnings included).
     *
     * @param sources the files the diagnostics point into, to quote them
     */
    record Rejected(Path file, List<Diagnostic> diagnostics, List<SourceFile> sources) implements Outcome {

        public Rejected {
            diagnostics = List.copyOf(diagnostics);
            sources = List.copyOf(sources);
        }

        public Diagnostic firstError() {
            return diagnostics.stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        }
    }

    /**
     * The convention is valid but its documents could not be composed, rendered or written.
     *
     * @param diagnostic the place of a template at fault, when a template is
     */
    record Failed(Path file, String message, @Nullable Diagnostic diagnostic) implements Outcome {

        public Failed(Path file, String message) {
            this(file, message, null);
        }
    }

    /** The file could not be read at all (missing, a folder, no permission). */
    record Unreadable(Path file, String message) implements Outcome {
    }
}
