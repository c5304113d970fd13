package fr.ctg.compose;

import fr.ctg.write.pdf.PrintableCharacters;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Refuses a template that calls {@code ?new} (instantiating Java classes), {@code ?api} (Java API of values),
 * {@code ?eval} or {@code ?interpret} (running a string as FTL, which would run the text of a convention), or reads
 * the clock ({@code .now}: a document is the same whenever it is made), or writes a character that no font of the PDF
 * has (the PDF would print « # » where the DOCX keeps it; {@link PrintableCharacters}). It looks
 * at the tree FreeMarker parsed, not at the source, so that no comment, space or spelling inside the built-in
 * hides it. The configuration forbids the first two as well; refusing them here gives a French message naming
 * the template and the line, before any of the template runs.
 *
 * <p>FreeMarker publishes its tree of elements but not the expressions inside them; they are reached through its
 * package-private accessors, which it uses itself to describe the tree. The tests of the refusals fail if a new
 * version of FreeMarker changes them.
 */
final class TemplateConstructGuard {

    private static final Set<String> FORBIDDEN = Set.of("new", "api", "eval", "interpret");
    private static final Set<String> FORBIDDEN_VARIABLES = Set.of("now");

    private static final Method PARAMETER_COUNT;
    private static final Method PARAMETER_VALUE;
    private static final Class<?> BUILT_IN;
    private static final Field BUILT_IN_NAME;
    private static final Class<?> SPECIAL_VARIABLE;
    private static final Class<?> TEXT_BLOCK;
    private static final Field SPECIAL_VARIABLE_NAME;

    static {
        try {
            PARAMETER_COUNT = TemplateObject.class.getDeclaredMethod("getParameterCount");
            PARAMETER_VALUE = TemplateObject.class.getDeclaredMethod("getParameterValue", int.class);
            BUILT_IN = Class.forName("freemarker.core.BuiltIn");
            BUILT_IN_NAME = BUILT_IN.getDeclaredField("key");
            SPECIAL_VARIABLE = Class.forName("freemarker.core.BuiltinVariable");
            TEXT_BLOCK = Class.forName("freemarker.core.TextBlock");
            SPECIAL_VARIABLE_NAME = SPECIAL_VARIABLE.getDeclaredField("name");
            PARAMETER_COUNT.setAccessible(true);
            PARAMETER_VALUE.setAccessible(true);
            BUILT_IN_NAME.setAccessible(true);
            SPECIAL_VARIABLE_NAME.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TemplateConstructGuard() {
    }

    static void check(Template template) throws ForbiddenTemplateConstructException {
        check(template.getRootTreeNode(), template.getSourceName());
    }

    private static void check(TemplateObject node, String templateName) throws ForbiddenTemplateConstructException {
        if (BUILT_IN.isInstance(node)) {
            String name = (String) read(BUILT_IN_NAME, node);
            if (FORBIDDEN.contains(name)) {
                // the node runs from its target to the built-in's name: point at the name
                throw new ForbiddenTemplateConstructException(templateName, node.getEndLine(), node.getEndColumn() - name.length() + 1,
                        node.getEndColumn(), "?" + name, ForbiddenTemplateConstructException.RUNS_CODE);
            }
        }
        if (SPECIAL_VARIABLE.isInstance(node)) {
            String name = (String) read(SPECIAL_VARIABLE_NAME, node);
            if (FORBIDDEN_VARIABLES.contains(name)) {
                throw new ForbiddenTemplateConstructException(templateName, node.getBeginLine(), node.getBeginColumn(),
                        node.getEndColumn(), "." + name, ForbiddenTemplateConstructException.READS_CLOCK);
            }
        }
        if (TEXT_BLOCK.isInstance(node)) {
            checkPrintable(node, templateName);
        }
        int parameters = (Integer) invoke(PARAMETER_COUNT, node);
        for (int i = 0; i < parameters; i++) {
            if (invoke(PARAMETER_VALUE, node, i) instanceof TemplateObject parameter) {
                check(parameter, templateName);
            }
        }
        if (node instanceof TemplateElement element) {
            for (int i = 0; i < element.getChildCount(); i++) {
                check((TemplateElement) element.getChildAt(i), templateName);
            }
        }
    }

    /** The text a template writes as it is, outside of its directives and interpolations. */
    private static void checkPrintable(TemplateObject text, String templateName) throws ForbiddenTemplateConstructException {
        String source = text.getSource();
        int index = PrintableCharacters.ofProjectFonts().firstUnprintable(source);
        if (index < 0) {
            return;
        }
        int lineStart = source.lastIndexOf('\n', index - 1) + 1;
        int line = text.getBeginLine() + (int) source.substring(0, index).chars().filter(c -> c == '\n').count();
        int column = source.codePointCount(lineStart, index) + (lineStart == 0 ? text.getBeginColumn() : 1);
        throw new ForbiddenTemplateConstructException(templateName, line, column, column,
                PrintableCharacters.describe(source.codePointAt(index)), ForbiddenTemplateConstructException.UNPRINTABLE);
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FreeMarker ne laisse plus lire l’arbre d’un modèle", e);
        }
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("FreeMarker ne laisse plus lire l’arbre d’un modèle", e);
        }
    }
}
