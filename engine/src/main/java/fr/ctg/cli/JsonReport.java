package fr.ctg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import java.io.PrintWriter;

/**
 * Diagnostics as JSON, for CI and editors: one entry per convention read, then one per file that could not be read
 * ({@code illisible}, why); paths relative to the current folder.
 */
final class JsonReport {

    private final ObjectMapper json = new ObjectMapper();
    private final ReportPaths paths;

    JsonReport(ReportPaths paths) {
        this.paths = paths;
    }

    void write(Validation validation, PrintWriter out) {
        ObjectNode root = json.createObjectNode();
        ArrayNode files = root.putArray("fichiers");
        for (ValidationResult result : validation.results()) {
            ObjectNode file = files.addObject();
            file.put("fichier", paths.of(result.file()));
            ArrayNode diagnostics = file.putArray("diagnostics");
            for (Diagnostic d : result.diagnostics()) {
                ObjectNode entry = diagnostics.addObject();
                entry.put("gravite", d.severity().label());
                entry.put("code", d.code());
                place(entry, d.position());
                entry.put("message", d.message());
                entry.put("aide", d.hint());
                ArrayNode labels = entry.putArray("etiquettes");
                for (Label label : d.labels()) {
                    ObjectNode other = labels.addObject();
                    place(other, label.position());
                    other.put("note", label.note());
                }
            }
        }
        for (UnreadableFile unreadable : validation.unreadable()) {
            ObjectNode file = files.addObject();
            file.put("fichier", paths.of(unreadable.file()));
            file.put("illisible", unreadable.message());
            file.putArray("diagnostics");
        }
        root.put("erreurs", validation.errors());
        root.put("avertissements", validation.warnings());
        root.put("illisibles", validation.unreadable().size());
        out.println(root.toPrettyString());
    }

    /** Start and end; the end is just after the last character of the value. */
    private void place(ObjectNode entry, Position position) {
        entry.put("fichier", paths.of(position.file()));
        entry.put("ligne", position.line());
        entry.put("colonne", position.column());
        entry.put("ligne_fin", position.endLine());
        entry.put("colonne_fin", position.endColumn());
    }
}
