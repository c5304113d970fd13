package fr.ctg.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.model.YamlValue;
import java.util.List;

/**
 * What the engine requires of one field beyond its type, told to editors too: the keywords added to the field's schema,
 * and whether the field becomes required. The rule that enforces it gives its values, so the schema cannot drift from it.
 *
 * @param record the record that has the field
 * @param key the field's YAML key
 */
public record FieldConstraint(Class<? extends Record> record, String key, ObjectNode keywords, boolean required) {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A text the engine takes only in this form (a number or an empty value is refused as well). */
    public static FieldConstraint text(Class<? extends Record> record, String key, String regex) {
        return new FieldConstraint(record, key, JSON.objectNode().put("type", "string").put("pattern", regex), false);
    }

    /** A text that, when it is one, must match: a number stays accepted as it is. */
    public static FieldConstraint pattern(Class<? extends Record> record, String key, String regex) {
        return new FieldConstraint(record, key, JSON.objectNode().put("pattern", regex), false);
    }

    /** A number from {@code min} to {@code max}, both included. */
    public static FieldConstraint within(Class<? extends Record> record, String key, int min, int max) {
        return new FieldConstraint(record, key, JSON.objectNode().put("minimum", min).put("maximum", max), false);
    }

    /** A text among the YAML spellings of these values. */
    public static FieldConstraint oneOf(Class<? extends Record> record, String key, List<? extends YamlValue> values) {
        ObjectNode keywords = JSON.objectNode().put("type", "string");
        ArrayNode allowed = keywords.putArray("enum");
        values.forEach(value -> allowed.add(value.yaml()));
        return new FieldConstraint(record, key, keywords, false);
    }

    /** A list that must be there with one item at least. */
    public static FieldConstraint atLeastOne(Class<? extends Record> record, String key) {
        return new FieldConstraint(record, key, JSON.objectNode().put("type", "array").put("minItems", 1), true);
    }
}
