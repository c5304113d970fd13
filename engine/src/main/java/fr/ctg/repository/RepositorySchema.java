package fr.ctg.repository;

import fr.ctg.model.Civilite;
import fr.ctg.schema.FieldConstraint;
import fr.ctg.schema.SchemaGenerator;
import java.util.List;

/** The JSON Schema of a Caf's ctg.yaml, with what {@link RepositorySettings} and ctg nouveau require of it. */
public final class RepositorySchema {

    private RepositorySchema() {
    }

    public static SchemaGenerator generator() {
        return new SchemaGenerator(SettingsFile.class, "Dépôt des conventions d’une Caf (ctg.yaml)",
                "Fichier ctg.yaml à la racine du dépôt d’une Caf : la version du moteur attendue et ce que « ctg nouveau » reprend"
                        + " dans chaque nouvelle convention. "
                        + "Généré par « ctg schema --depot » à partir du modèle du moteur : ne pas modifier à la main.",
                List.of(
                        FieldConstraint.atLeastOne(CafDefaults.class, "representants"),
                        // ctg nouveau copies it into the convention, whose civilite takes only these
                        FieldConstraint.oneOf(CafDefaults.Representative.class, "civilite", List.of(Civilite.values()))));
    }
}
