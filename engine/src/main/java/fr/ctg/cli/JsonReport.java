package fr.ctg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Diagnostics as JSON, for CI and editors. */
final class JsonReport {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void write(List<ValidationResult> resultats, PrintWriter sortie) {
        ObjectNode racine = json.createObjectNode();
        ArrayNode fichiers = racine.putArray("fichiers");
        long errors = 0;
        long warnings = 0;
        for (ValidationResult resultat : resultats) {
            ObjectNode file = fichiers.addObject();
            file.put("fichier", resultat.file().toString());
            ArrayNode diagnostics = file.putArray("diagnostics");
            for (Diagnostic d : resultat.diagnostics()) {
                ObjectNode noeud = diagnostics.addObject();
                noeud.put("gravite", d.severity().label());
                noeud.put("code", d.code());
                noeud.put("fichier", d.position().file().toString());
                noeud.put("ligne", d.position().line());
                noeud.put("colonne", d.position().column());
                noeud.put("message", d.message());
                noeud.put("aide", d.hint());
            }
            errors += resultat.errors();
            warnings += resultat.warnings();
        }
        racine.put("erreurs", errors);
        racine.put("avertissements", warnings);
        sortie.println(racine.toPrettyString());
    }
}
