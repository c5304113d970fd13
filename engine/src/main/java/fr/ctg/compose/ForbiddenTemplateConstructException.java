package fr.ctg.compose;

import java.io.IOException;

/**
 * A template uses a construct that could run code or text from outside the template set. It is an
 * {@link IOException} because FreeMarker lets only those through a template loader.
 */
final class ForbiddenTemplateConstructException extends IOException {

    private static final long serialVersionUID = 1L;

    ForbiddenTemplateConstructException(String message) {
        super(message);
    }
}
