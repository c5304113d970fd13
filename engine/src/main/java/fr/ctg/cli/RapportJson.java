package fr.ctg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Diagnostics as JSON, for CI and editors. */
final class RapportJson {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void ecrire(List<ResultatValidation> resultats, PrintWriter sortie) {
        ObjectNode racine = json.createObjectNode();
        ArrayNode fichiers = racine.putArray("fichiers");
        long erreurs = 0;
        long avertissements = 0;
        for (ResultatValidation resultat : resultats) {
            ObjectNode fichier = fichiers.addObject();
            fichier.put("fichier", resultat.fichier().toString());
            ArrayNode diagnostics = fichier.putArray("diagnostics");
            for (Diagnostic d : resultat.diagnostics()) {
                ObjectNode noeud = diagnostics.addObject();
                noeud.put("gravite", d.gravite().libelle());
                noeud.put("code", d.code());
                noeud.put("fichier", d.position().fichier().toString());
                noeud.put("ligne", d.position().ligne());
                noeud.put("colonne", d.position().colonne());
                noeud.put("message", d.message());
                noeud.put("aide", d.aide());
            }
            erreurs += resultat.erreurs();
            avertissements += resultat.avertissements();
        }
        racine.put("erreurs", erreurs);
        racine.put("avertissements", avertissements);
        sortie.println(racine.toPrettyString());
    }
}
