package fr.ctg.compose;

import java.io.IOException;

/**
 * A template uses a construct that could run code or text from outside the template set. It is an
 * {@link IOException} because FreeMarker lets only those through a template loader.
 *
 * @see GuardedTemplateLoader
 */
final class ForbiddenTemplateConstructException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final int line;
    private final int column;
    private final String construct;
    private final String builtIn;

    /** @param construct as written, {@code ?new} or {@code ? new}; {@code builtIn} its name, {@code new} */
    ForbiddenTemplateConstructException(String templateName, int line, int column, String construct, String builtIn) {
        super("modèle " + templateName + ", ligne " + line + " : « ?" + builtIn + " » n’est pas autorisé dans un modèle");
        this.templateName = templateName;
        this.line = line;
        this.column = column;
        this.construct = construct;
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

    String construct() {
        return construct;
    }

    /** The built-in's name: {@code new}. */
    String builtIn() {
        return builtIn;
    }
}
