package fr.ctg.compose;

import java.io.IOException;

/**
 * A template uses a construct that could run code or text from outside the template set. It is an
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
    private final String builtIn;

    /** @param builtIn the built-in's name, {@code new}, written from {@code column} to {@code lastColumn} of {@code line} */
    ForbiddenTemplateConstructException(String templateName, int line, int column, int lastColumn, String builtIn) {
        super("modèle " + templateName + ", ligne " + line + " : « ?" + builtIn + " » n’est pas autorisé dans un modèle");
        this.templateName = templateName;
        this.line = line;
        this.column = column;
        this.lastColumn = lastColumn;
        this.builtIn = builtIn;
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

    /** The built-in's name: {@code new}. */
    String builtIn() {
        return builtIn;
    }
}
