package fr.ctg.compose;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a character of a composed document was written: a place of a template, lines and columns from 1 as FreeMarker
 * counts them. The output of an interpolation is all at the interpolation's first character.
 *
 * @param templateName as FreeMarker names it, relative to the template folder; null when no template wrote the
 *     character, the line and column then being the composed text's own
 */
record OutputOrigin(@Nullable String templateName, int line, int column) {

    /** A place of a text that no template wrote. */
    static OutputOrigin inText(CharSequence text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new OutputOrigin(null, line, column);
    }

    boolean isOnTheSameLineAs(OutputOrigin other) {
        return Objects.equals(templateName, other.templateName) && line == other.line;
    }
}
