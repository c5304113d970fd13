package fr.ctg.compose;

import freemarker.core.TemplateProcessingTracer.TracedElement;
import org.jspecify.annotations.Nullable;

/**
 * Composing a document went past one of its {@link TemplateLimits}, at a place of a template. Unchecked because
 * FreeMarker's tracer and writer callbacks are where limits are checked, and FreeMarker lets it through to the
 * composer without a {@code <#attempt>} being able to recover from it.
 */
final class TemplateLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient @Nullable TracedElement element;
    private final String hint;

    /** @param element where the limit was hit, null when no element runs */
    TemplateLimitException(@Nullable TracedElement element, String message, String hint) {
        super(message, null, false, false);
        this.element = element;
        this.hint = hint;
    }

    @Nullable
    TracedElement element() {
        return element;
    }

    String hint() {
        return hint;
    }
}
