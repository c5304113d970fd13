package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.model.Convention;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Loads a {@code convention.yaml} into the model, keeping every value's position. */
public final class ConventionLoader {

    private final YamlReader reader = new YamlReader();

    public LoadResult load(Path file) throws UnreadableInputException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceMap sources = new SourceMap(file);
        Convention convention = null;
        Node root = reader.read(file, diagnostics).orElse(null);
        if (root != null) {
            Object bound = new RecordBinder(sources, diagnostics).bind(root, Convention.class, "");
            convention = diagnostics.stream().anyMatch(Diagnostic::isError) ? null : (Convention) bound;
        }
        diagnostics.sort(Diagnostic.IN_FILE_ORDER);
        return new LoadResult(file, convention, sources, List.copyOf(diagnostics));
    }
}
