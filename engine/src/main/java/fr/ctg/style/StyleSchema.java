package fr.ctg.style;

import fr.ctg.schema.FieldConstraint;
import fr.ctg.schema.SchemaGenerator;
import java.util.List;

/**
 * The JSON Schema of {@code style/style-maison.yaml}, with the colours, sizes and page marks the style's rules take;
 * the font families are described, not listed, and the logo's file is left to CTG-STYLE-LOGO, which reads it.
 */
public final class StyleSchema {

    /**
     * No mark but {page} and {pages}: the marks of {@link HouseStyle.PageText#MARK}, of which none may be another. Written
     * for the editors' regular expressions (JavaScript) as for Java's.
     */
    static final String PAGE_MARKS_ONLY = "^(?![\\s\\S]*\\{(?!pages?\\})[^{}]*\\})";

    private StyleSchema() {
    }

    public static SchemaGenerator generator() {
        String colour = "^" + CouleurStyle.COLOUR.pattern() + "$";
        return new SchemaGenerator(StyleMaison.class, "Style maison d’une Caf",
                "Fichier style/style-maison.yaml d’un dossier de modèles (modeles/ du dépôt de la Caf, ou celui qu’une convention"
                        + " nomme) : l’aspect du PDF et du DOCX. Chaque rubrique est facultative, ce qui manque garde le style national. "
                        + "Généré par « ctg schema --style » à partir du modèle du moteur : ne pas modifier à la main.",
                List.of(
                        FieldConstraint.text(StyleMaison.Couleurs.class, "titres", colour),
                        FieldConstraint.text(StyleMaison.Couleurs.class, "texte", colour),
                        FieldConstraint.text(StyleMaison.Couleurs.class, "accents", colour),
                        within(StyleMaison.class, "taille", MesureStyle.TEXT_SIZE),
                        within(StyleMaison.Logo.class, "largeur", MesureStyle.LOGO_WIDTH),
                        within(StyleMaison.Marges.class, "haut", MesureStyle.MARGIN),
                        within(StyleMaison.Marges.class, "droite", MesureStyle.MARGIN),
                        within(StyleMaison.Marges.class, "bas", MesureStyle.MARGIN),
                        within(StyleMaison.Marges.class, "gauche", MesureStyle.MARGIN),
                        FieldConstraint.pattern(StyleMaison.class, "en_tete", PAGE_MARKS_ONLY),
                        FieldConstraint.pattern(StyleMaison.class, "pied_de_page", PAGE_MARKS_ONLY)));
    }

    private static FieldConstraint within(Class<? extends Record> record, String key, MesureStyle.Bounds bounds) {
        return FieldConstraint.within(record, key, bounds.min(), bounds.max());
    }
}
