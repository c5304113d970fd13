package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.model.Convention;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Loads a {@code convention.yaml} into the model, keeping every value's position. */
public final class ConventionLoader {

    private final YamlReader lecteur = new YamlReader();

    public LoadResult load(Path file) throws UnreadableInputException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceMap sources = new SourceMap(file);
        Convention convention = null;
        Node racine = lecteur.read(file, diagnostics).orElse(null);
        if (racine != null) {
            Object lie = new RecordBinder(sources, diagnostics).bind(racine, Convention.class, "");
            convention = diagnostics.stream().anyMatch(Diagnostic::isError) ? null : (Convention) lie;
        }
        diagnostics.sort(Diagnostic.IN_FILE_ORDER);
        return new LoadResult(file, convention, sources, List.copyOf(diagnostics));
    }
}
