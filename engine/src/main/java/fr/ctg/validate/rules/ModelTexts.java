package fr.ctg.validate.rules;

import fr.ctg.load.Placeholders;
import fr.ctg.load.YamlPath;
import fr.ctg.model.DateApproximative;
import fr.ctg.model.shape.RecordShape;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every text of a part of the model, with the path the loader gave it ({@code parties[0].representants[1].nom}).
 * Dates left as placeholders are not texts: the rules on signature, deliberations, axes and actions own them.
 */
final class ModelTexts {

    /** What is done with each text; {@code required} is false for an optional field. */
    interface Visitor {
        void text(String text, YamlPath path, boolean required);
    }

    private ModelTexts() {
    }

    /** The texts of a record at this path, its lists and records included. */
    static void walk(Record value, YamlPath path, Visitor visitor) {
        for (RecordShape.Component component : RecordShape.of(value.getClass()).components()) {
            visit(component.read(value), path.field(component.key()), !component.nullable(), visitor);
        }
    }

    /** The texts of every item of a list of records: {@code parties[0]}, {@code parties[1]}... */
    static void walkAll(List<? extends Record> items, YamlPath path, Visitor visitor) {
        for (int i = 0; i < items.size(); i++) {
            walk(items.get(i), path.index(i), visitor);
        }
    }

    /**
     * The first match of the pattern in a text, unless the text holds a placeholder, which CTG-ESPACE-RESERVE reports:
     * the text of its group 1 when the pattern has one, else the whole match.
     */
    static Optional<String> firstMatchBesidePlaceholders(Pattern pattern, String text) {
        if (Placeholders.find(text).isPresent()) {
            return Optional.empty();
        }
        Matcher match = pattern.matcher(text);
        return match.find() ? Optional.of(match.group(match.groupCount() >= 1 ? 1 : 0)) : Optional.empty();
    }

    private static void visit(@Nullable Object value, YamlPath path, boolean required, Visitor visitor) {
        if (value instanceof String text) {
            visitor.text(text, path, required);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                visit(list.get(i), path.index(i), true, visitor);
            }
        } else if (value instanceof Record record && !(value instanceof DateApproximative)) {
            walk(record, path, visitor);
        }
    }
}
