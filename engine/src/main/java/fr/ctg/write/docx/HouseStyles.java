package fr.ctg.write.docx;

import java.util.Map;

/**
 * The styleIds of {@code templates/style/style-maison.docx} the writer refers to. Staff may restyle them in
 * Word freely, but must keep these ids (Word keeps an id when a style is renamed).
 */
final class HouseStyles {

    static final String RESOURCE = "templates/style/style-maison.docx";

    static final String TITLE = "Titre";
    static final String SUBTITLE = "Sous-titre";
    static final String CENTRE = "Centre";
    static final String DROITE = "Droite";
    static final String NOTE = "Note";
    static final String LIST_ITEM = "ListParagraph";
    static final String TABLE = "TableauCTG";
    static final String TABLE_TEXT = "TableauTexte";
    static final String TABLE_HEADER = "TableauEntete";
    static final String SIGNATURES_TABLE = "TableauSignatures";
    static final String SIGNATURE = "Signature";
    static final String TAMPON = "Tampon";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";

    /** Paragraph styles by XHTML class (templates/XHTML.md). */
    static final Map<String, String> BY_CLASS = Map.of(
        "titre-document", TITLE,
        "sous-titre", SUBTITLE,
        "centre", CENTRE,
        "droite", DROITE,
        "note", NOTE,
        "qualite", SIGNATURE,
        "nom", SIGNATURE);

    private HouseStyles() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }
}
