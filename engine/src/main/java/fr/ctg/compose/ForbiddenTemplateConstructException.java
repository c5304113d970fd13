package fr.ctg.compose;

import fr.ctg.write.pdf.PrintableCharacters;
import java.io.IOException;

/**
 * A template uses a construct that could run code or text from outside the template set, reads the clock, or writes a
 * character the PDF cannot print. It is an
 * {@link IOException} because FreeMarker lets only those through {@link freemarker.template.Configuration#getTemplate}.
 *
 * @see TemplateConstructGuard
 */
final class ForbiddenTemplateConstructException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final int line;
    private final int column;
    private final int lastColumn;
    private final String construct;
    private final String reason;

    static final String RUNS_CODE = "il pourrait exécuter du code ou le texte d’une convention";
    static final String READS_CLOCK = "l’heure change à chaque exécution, et un document reste le même d’une génération à l’autre";
    static final String UNPRINTABLE = "aucune police du PDF n’a ce caractère : le PDF imprimerait « " + PrintableCharacters.REPLACEMENT
            + " » à sa place, le DOCX le garderait";

    /**
     * @param construct as written, {@code ?new} or {@code .now}, or a character by its code and name, from {@code column} to {@code lastColumn} of {@code line}
     * @param reason why it is refused, for the message: {@link #RUNS_CODE}, {@link #READS_CLOCK}, {@link #UNPRINTABLE}
     */
    ForbiddenTemplateConstructException(String templateName, int line, int column, int lastColumn, String construct, String reason) {
        super("modèle " + templateName + ", ligne " + line + " : « " + construct + " » n’est pas autorisé dans un modèle");
        this.templateName = templateName;
        this.line = line;
        this.column = column;
        this.lastColumn = lastColumn;
        this.construct = construct;
        this.reason = reason;
    }

    String templateName() {
        return templateName;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    int lastColumn() {
        return lastColumn;
    }

    /** The construct as written: {@code ?new}, {@code .now}; a character by its code and name. */
    String construct() {
        return construct;
    }

    String reason() {
        return reason;
    }
}
