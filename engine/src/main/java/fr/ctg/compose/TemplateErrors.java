package fr.ctg.compose;

import fr.ctg.diagnostic.Diagnostic;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateProcessingTracer.TracedElement;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * Turns what FreeMarker throws into a diagnostic pointing at the faulty stretch of the template
 * ({@link Diagnostic#TEMPLATE_CODE}), in French.
 */
final class TemplateErrors {

    private TemplateErrors() {
    }

    static CompositionException translate(Exception error, TemplateFiles files) {
        CompositionException composition = find(error, CompositionException.class);
        if (composition != null) {
            return composition;
        }
        TemplateLimitException limit = find(error, TemplateLimitException.class);
        if (limit != null) {
            TracedElement element = limit.element();
            if (element == null) {
                return new CompositionException(limit.getMessage(), error);
            }
            return new CompositionException(Diagnostic.inTemplate(files.position(element.getTemplate().getSourceName(),
                    element.getBeginLine(), element.getBeginColumn()), limit.getMessage(), limit.hint()), error);
        }
        ForbiddenTemplateConstructException forbidden = find(error, ForbiddenTemplateConstructException.class);
        if (forbidden != null) {
            return new CompositionException(files.error(forbidden.templateName(), forbidden.line(), forbidden.column(), forbidden.line(),
                    forbidden.lastColumn(), "« " + forbidden.construct() + " » n’est pas autorisé dans un modèle (" + forbidden.reason() + ")",
                    "retirez-le du modèle"), error);
        }
        ParseException syntax = find(error, ParseException.class);
        if (syntax != null && syntax.getTemplateName() != null) {
            return new CompositionException(files.error(syntax.getTemplateName(), syntax.getLineNumber(), syntax.getColumnNumber(),
                    syntax.getEndLineNumber(), syntax.getEndColumnNumber(), "erreur de syntaxe (" + syntax.getEditorMessage() + ")",
                    null), error);
        }
        TemplateException failure = find(error, TemplateException.class);
        TemplateNotFoundException missing = find(error, TemplateNotFoundException.class);
        if (failure != null && failure.getTemplateSourceName() != null && failure.getLineNumber() != null) {
            String message = missing != null ? "modèle " + missing.getTemplateName() + " introuvable" : reason(failure);
            int line = failure.getLineNumber();
            int column = orElse(failure.getColumnNumber(), 1);
            return new CompositionException(files.error(failure.getTemplateSourceName(), line, column,
                    orElse(failure.getEndLineNumber(), line), orElse(failure.getEndColumnNumber(), column), message, null), error);
        }
        if (missing != null) {
            return new CompositionException("modèle " + missing.getTemplateName() + " introuvable", error);
        }
        return new CompositionException("lecture des modèles impossible : " + error.getMessage(), error);
    }

    private static int orElse(@Nullable Integer number, int otherwise) {
        return number == null ? otherwise : number;
    }

    private static String reason(TemplateException failure) {
        if (failure instanceof InvalidReferenceException && failure.getBlamedExpressionString() != null) {
            return "la valeur « " + failure.getBlamedExpressionString() + " » est absente du modèle de données";
        }
        String detail = failure.getMessageWithoutStackTop().lines().findFirst().orElse("").strip();
        return "erreur d’exécution (" + detail + ")";
    }

    @Nullable
    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
