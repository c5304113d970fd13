package fr.ctg.compose;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import org.jspecify.annotations.Nullable;

/** Turns what FreeMarker throws into a French message naming the template and the line. */
final class TemplateErrors {

    private TemplateErrors() {
    }

    static CompositionException translate(Exception error) {
        ForbiddenTemplateConstructException forbidden = find(error, ForbiddenTemplateConstructException.class);
        if (forbidden != null) {
            return new CompositionException(forbidden.getMessage(), error);
        }
        ParseException syntax = find(error, ParseException.class);
        if (syntax != null) {
            return new CompositionException(where(syntax.getTemplateName(), syntax.getLineNumber())
                    + "erreur de syntaxe (" + syntax.getEditorMessage() + ")", error);
        }
        TemplateNotFoundException missing = find(error, TemplateNotFoundException.class);
        if (missing != null) {
            return new CompositionException("modèle " + missing.getTemplateName() + " introuvable", error);
        }
        TemplateException failure = find(error, TemplateException.class);
        if (failure != null) {
            return new CompositionException(where(failure.getTemplateSourceName(), failure.getLineNumber()) + reason(failure), error);
        }
        return new CompositionException("lecture des modèles impossible : " + error.getMessage(), error);
    }

    private static String where(@Nullable String template, @Nullable Integer line) {
        return "modèle " + (template == null ? "(inconnu)" : template) + (line == null ? "" : ", ligne " + line) + " : ";
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
