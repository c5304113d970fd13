package fr.ctg.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.load.Placeholders;
import fr.ctg.model.Convention;
import fr.ctg.model.DateApproximative;
import fr.ctg.model.YamlValue;
import fr.ctg.model.shape.RecordShape;
import fr.ctg.model.shape.Variant;
import fr.ctg.model.shape.Variants;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Schema (draft 2020-12) of a YAML file of the engine ({@code convention.yaml}, an avenant, {@code ctg.yaml},
 * the house style), read from its record the way the loader binds it: keys in snake_case, {@link Nullable} components
 * optional, lists optional, no other key allowed, plus what the engine's rules require of some fields
 * ({@link FieldConstraint}). Editors use it to complete and check the file as it is typed.
 */
public final class SchemaGenerator {

    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    /** Approximate starts: 2023, 2023-T2, 2023-04 or 2023-04-15; the year alone may be written as a number. */
    static final String APPROXIMATE_DATE_PATTERN = "^[0-9]{4}(-T[1-4]|-[0-9]{2}(-[0-9]{2})?)?$";

    private static final String TEXT = "Texte";
    private static final String TEXT_REFERENCE = "#/$defs/" + TEXT;

    private final JsonNodeFactory json = JsonNodeFactory.instance;
    private final FieldDescriptions descriptions = new FieldDescriptions();
    private final Class<? extends Record> root;
    private final String title;
    private final String description;
    private final List<FieldConstraint> constraints;

    /** The schema of {@code convention.yaml}. */
    public SchemaGenerator() {
        this(Convention.class, "Convention Territoriale Globale (CTG)", "Fichier convention.yaml d’une Convention Territoriale Globale. "
                + "Généré par « ctg schema » à partir du modèle du moteur : ne pas modifier à la main.");
    }

    /** The schema of another file of the model, whose root is {@code root} (an avenant). */
    public SchemaGenerator(Class<? extends Record> root, String title, String description) {
        this(root, title, description, List.of());
    }

    /** The schema of a file whose fields the engine constrains beyond their types. */
    public SchemaGenerator(Class<? extends Record> root, String title, String description, List<FieldConstraint> constraints) {
        this.root = root;
        this.title = title;
        this.description = description;
        this.constraints = List.copyOf(constraints);
        for (FieldConstraint constraint : constraints) {
            if (!RecordShape.of(constraint.record()).keys().contains(constraint.key())) {
                throw new IllegalArgumentException("contrainte sur un champ absent du modèle : " + constraint.record().getSimpleName() + "." + constraint.key());
            }
        }
    }

    /** The schema as a tree, keys in a fixed order. */
    public ObjectNode generate() {
        Map<String, ObjectNode> definitions = new TreeMap<>();
        ObjectNode schema = json.objectNode();
        schema.put("$schema", DRAFT);
        schema.put("title", title);
        schema.put("description", description);
        describeRecord(root, schema, definitions);
        ObjectNode defs = schema.putObject("$defs");
        definitions.forEach(defs::set);
        return schema;
    }

    /** The schema as the committed file holds it: two-space indentation, a final line feed. */
    public String generateText() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(generate()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("schéma non sérialisable", e);
        }
    }

    private void describeRecord(Class<?> recordClass, ObjectNode target, Map<String, ObjectNode> definitions) {
        target.put("type", "object");
        ObjectNode properties = target.putObject("properties");
        ArrayNode required = json.arrayNode();
        for (RecordShape.Component component : RecordShape.of(recordClass).components()) {
            ObjectNode value = describe(component.type(), component.optional(), definitions);
            boolean mandatory = !component.optional();
            for (FieldConstraint constraint : constraints) {
                if (constraint.record().equals(recordClass) && constraint.key().equals(component.key())) {
                    if (constraint.keywords().has("type") && value.path("$ref").asText().equals(TEXT_REFERENCE)) {
                        value.remove("$ref"); // the constraint's type narrows the text's
                    }
                    value.setAll(constraint.keywords().deepCopy());
                    mandatory |= constraint.required();
                }
            }
            properties.set(component.key(), documented(recordClass, component.key(), value));
            if (mandatory) {
                required.add(component.key());
            }
        }
        if (!required.isEmpty()) {
            target.set("required", required);
        }
        target.put("additionalProperties", false);
    }

    /**
     * An item of a sealed type: an object whose keys name its records, each with its value. That it holds exactly one is
     * the loader's to say, with the words of the file's rules.
     */
    private void describeVariants(Class<?> sealed, ObjectNode target, Map<String, ObjectNode> definitions) {
        Variants variants = Variants.of(sealed);
        target.put("type", "object");
        ObjectNode properties = target.putObject("properties");
        for (Variant variant : variants.all()) {
            properties.set(variant.key(), documented(sealed, variant.key(), describe(variant.valueType(), true, definitions)));
        }
        target.put("additionalProperties", false);
    }

    /** The field's description and examples first, as editors show them, then what it holds. */
    private ObjectNode documented(Class<?> record, String key, ObjectNode value) {
        ObjectNode field = json.objectNode();
        descriptions.description(record.getSimpleName(), key).ifPresent(text -> field.put("description", text));
        List<String> examples = descriptions.examples(record.getSimpleName(), key);
        if (!examples.isEmpty()) {
            ArrayNode list = field.putArray("examples");
            examples.forEach(list::add);
        }
        field.setAll(value);
        return field;
    }

    /** A value of this type; an optional one may also be left empty ({@code cle:} with nothing after). */
    private ObjectNode describe(Type type, boolean optional, Map<String, ObjectNode> definitions) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (String.class.equals(raw)) {
            definitions.computeIfAbsent(TEXT, name -> {
                // the loader takes any scalar as text, and an empty value as an empty text
                ObjectNode text = json.objectNode().put("title", name);
                text.setAll(types("string", "number", "boolean", "null"));
                return text;
            });
            return json.objectNode().put("$ref", TEXT_REFERENCE);
        }
        if (List.class.equals(raw)) {
            ObjectNode list = types("array", "null");
            list.set("items", describe(((ParameterizedType) type).getActualTypeArguments()[0], false, definitions));
            return list;
        }
        if (Integer.class.equals(raw) || int.class.equals(raw)) {
            return optional ? types("integer", "null") : types("integer");
        }
        if (BigDecimal.class.equals(raw)) {
            return optional ? types("number", "null") : types("number");
        }
        if (LocalDate.class.equals(raw)) {
            ObjectNode date = types("string");
            date.put("format", "date");
            if (!optional) {
                return date;
            }
            // a date still unknown may be left as a placeholder (« XXXX »): the engine warns, in projet
            ObjectNode placeholder = types("string");
            placeholder.put("pattern", Placeholders.REGEX);
            return anyOf(true, date, placeholder);
        }
        if (DateApproximative.class.equals(raw)) {
            ObjectNode year = types("integer");
            year.put("minimum", 1000);
            year.put("maximum", 9999);
            ObjectNode text = types("string");
            text.put("pattern", APPROXIMATE_DATE_PATTERN);
            return anyOf(optional, year, text);
        }
        if (raw.isEnum() && YamlValue.class.isAssignableFrom(raw)) {
            if (!definitions.containsKey(raw.getSimpleName())) {
                ObjectNode definition = json.objectNode();
                definition.put("title", raw.getSimpleName());
                definition.put("type", "string");
                ArrayNode values = definition.putArray("enum");
                for (Object constant : raw.getEnumConstants()) {
                    values.add(((YamlValue) constant).yaml());
                }
                definitions.put(raw.getSimpleName(), definition);
            }
            return reference(raw, optional);
        }
        if (raw.isRecord() || raw.isSealed()) {
            if (!definitions.containsKey(raw.getSimpleName())) {
                ObjectNode definition = json.objectNode();
                definitions.put(raw.getSimpleName(), definition);
                definition.put("title", raw.getSimpleName());
                if (raw.isRecord()) {
                    describeRecord(raw, definition, definitions);
                } else {
                    describeVariants(raw, definition, definitions);
                }
            }
            return reference(raw, optional);
        }
        throw new IllegalStateException("type de champ non pris en charge : " + type);
    }

    private ObjectNode reference(Class<?> type, boolean optional) {
        ObjectNode reference = json.objectNode().put("$ref", "#/$defs/" + type.getSimpleName());
        return optional ? anyOf(true, reference) : reference;
    }

    private ObjectNode anyOf(boolean withNull, ObjectNode... alternatives) {
        ObjectNode node = json.objectNode();
        ArrayNode anyOf = node.putArray("anyOf");
        for (ObjectNode alternative : alternatives) {
            anyOf.add(alternative);
        }
        if (withNull) {
            anyOf.add(types("null"));
        }
        return node;
    }

    private ObjectNode types(String... names) {
        ObjectNode node = json.objectNode();
        if (names.length == 1) {
            node.put("type", names[0]);
        } else {
            ArrayNode types = node.putArray("type");
            for (String name : names) {
                types.add(name);
            }
        }
        return node;
    }
}
