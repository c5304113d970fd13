package fr.ctg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import java.io.PrintWriter;
import java.util.List;

/** Diagnostics as JSON, for CI and editors. */
final class JsonReport {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(List<ValidationResult> results, PrintWriter out) {
        ObjectNode root = json.createObjectNode();
        ArrayNode files = root.putArray("fichiers");
        long errors = 0;
        long warnings = 0;
        for (ValidationResult result : results) {
            ObjectNode file = files.addObject();
            file.put("fichier", result.file().toString());
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
            errors += result.errors();
            warnings += result.warnings();
        }
        root.put("erreurs", errors);
        root.put("avertissements", warnings);
        out.println(root.toPrettyString());
    }

    /** Start and end; the end is just after the last character of the value. */
    private static void place(ObjectNode entry, Position position) {
        entry.put("fichier", position.file().toString());
        entry.put("ligne", position.line());
        entry.put("colonne", position.column());
        entry.put("ligne_fin", position.endLine());
        entry.put("colonne_fin", position.endColumn());
    }
}
