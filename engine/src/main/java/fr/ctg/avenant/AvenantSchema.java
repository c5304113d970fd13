package fr.ctg.avenant;

import fr.ctg.model.avenant.Avenant;
import fr.ctg.schema.SchemaGenerator;

/** The JSON Schema of {@code avenants/avenant-NN.yaml}, committed at {@code conventions/ctg-avenant.schema.json}. */
public final class AvenantSchema {

    private AvenantSchema() {
    }

    public static SchemaGenerator generator() {
        return new SchemaGenerator(Avenant.class, "Avenant à une Convention Territoriale Globale (CTG)",
                "Fichier avenants/avenant-NN.yaml d’un avenant à une Convention Territoriale Globale : chaque élément de "
                        + "« modifications » commence par son type (prolongation, ajout_fiches…). "
                        + "Généré par « ctg schema --avenant » à partir du modèle du moteur : ne pas modifier à la main.");
    }
}
