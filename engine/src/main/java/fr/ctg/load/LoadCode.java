package fr.ctg.load;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import org.jspecify.annotations.Nullable;

/**
 * Every code the loader reports, with what it means; the README's table of codes lists them after
 * the rules'. A loading problem is always an error: the file cannot be read as a convention.
 */
public enum LoadCode {
    FILE_TOO_LARGE("CTG-YAML-TAILLE", "Le fichier pèse au plus 5 Mo ; alias développés, il compte au plus 200 000 valeurs et 2 millions de caractères de texte."),
    BINARY("CTG-YAML-BINAIRE", "Le fichier est du texte, pas un document binaire (Word, PDF…)."),
    ENCODING("CTG-YAML-ENCODAGE", "Le fichier est encodé en UTF-8, sans caractère de contrôle."),
    EMPTY("CTG-YAML-VIDE", "Le fichier n’est pas vide."),
    SYNTAX("CTG-YAML-SYNTAXE", "Le fichier est du YAML bien formé (guillemets et crochets refermés, « : » à sa place)."),
    TAB("CTG-YAML-TABULATION", "L’indentation se fait par des espaces, jamais par des tabulations."),
    INDENTATION("CTG-YAML-INDENTATION", "Chaque ligne est alignée sur les autres champs de sa rubrique."),
    ALIAS("CTG-YAML-ALIAS", "Les alias (*nom) restent peu nombreux et ne renvoient pas à la rubrique qui les contient."),
    DEPTH("CTG-YAML-PROFONDEUR", "Les rubriques s’imbriquent sur 40 niveaux au plus."),
    TAG("CTG-YAML-ETIQUETTE", "Aucune étiquette YAML (!!classe, !nom) n’est employée."),
    KEY("CTG-YAML-CLE", "Chaque clé est un simple mot."),
    DUPLICATE_KEY("CTG-YAML-CLE-DOUBLE", "Une clé n’apparaît qu’une fois dans sa rubrique."),
    UNKNOWN_FIELD("CTG-CHAMP-INCONNU", "Chaque champ est l’un de ceux que la rubrique prévoit."),
    MISSING_FIELD("CTG-CHAMP-MANQUANT", "Chaque champ obligatoire est présent et rempli."),
    TYPE("CTG-TYPE", "Chaque valeur a la forme attendue : texte, nombre, date, liste ou rubrique."),
    INVALID_DATE("CTG-DATE-INVALIDE", "Les dates s’écrivent AAAA-MM-JJ et existent dans le calendrier."),
    INVALID_NUMBER("CTG-NOMBRE-INVALIDE", "Les montants s’écrivent en chiffres, avec un point décimal."),
    UNKNOWN_VALUE("CTG-VALEUR-INCONNUE", "Les champs à choix prennent l’une des valeurs prévues.");

    private final String code;
    private final String resume;

    LoadCode(String code, String resume) {
        this.code = code;
        this.resume = resume;
    }

    public String code() {
        return code;
    }

    /** One line in French: what a sound file looks like. */
    public String resume() {
        return resume;
    }

    Diagnostic error(Position position, String message, @Nullable String hint) {
        return Diagnostic.error(code, position, message, hint);
    }
}
