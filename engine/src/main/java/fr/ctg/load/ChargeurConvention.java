package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.model.Convention;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Loads a {@code convention.yaml} into the model, keeping every value's position. */
public final class ChargeurConvention {

    private final LecteurYaml lecteur = new LecteurYaml();

    public Chargement charger(Path fichier) throws EntreeIlisible {
        List<Diagnostic> diagnostics = new ArrayList<>();
        SourceMap sources = new SourceMap(fichier);
        Convention convention = null;
        Node racine = lecteur.lire(fichier, diagnostics).orElse(null);
        if (racine != null) {
            Object lie = new RecordBinder(sources, diagnostics).lier(racine, Convention.class, "");
            convention = diagnostics.stream().anyMatch(Diagnostic::estErreur) ? null : (Convention) lie;
        }
        diagnostics.sort(Diagnostic.ORDRE_DU_FICHIER);
        return new Chargement(fichier, convention, sources, List.copyOf(diagnostics));
    }
}
