package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a YAML file into any root record of the model (a convention, an avenant) with the same safe
 * reader and binder, keeping every value's position.
 */
public final class RecordLoader {

    /** What loading one file gave: the record when it could be bound, the positions, the problems. */
    public record Loaded<T>(Path file, @Nullable T value, SourceMap sources, List<Diagnostic> diagnostics) {
    }

    private final YamlReader reader = new YamlReader();
    private final @Nullable VariantDiagnostics variants;

    /** A loader for a model without sealed types (a convention). */
    public RecordLoader() {
        this.variants = null;
    }

    /** @param variants how the file's rules report an item of a sealed type that names no record or several */
    public RecordLoader(VariantDiagnostics variants) {
        this.variants = variants;
    }

    /** @param documentName how messages name the whole file: "la convention", "l’avenant" */
    public <T extends Record> Loaded<T> load(SourceFile source, Class<T> root, String documentName) {
        Path file = source.path();
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceMap sources = new SourceMap(file, source.bytes());
        T value = null;
        Node node = reader.read(source, diagnostics).orElse(null);
        if (node != null) {
            Object bound = new RecordBinder(sources, diagnostics, documentName, variants).bind(node, root, YamlPath.root());
            value = diagnostics.stream().anyMatch(Diagnostic::isError) ? null : root.cast(bound);
        }
        diagnostics.sort(Diagnostic.IN_FILE_ORDER);
        return new Loaded<>(file, value, sources, List.copyOf(diagnostics));
    }
}
