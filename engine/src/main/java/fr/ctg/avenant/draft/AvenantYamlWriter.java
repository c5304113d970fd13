package fr.ctg.avenant.draft;

import fr.ctg.model.DateApproximative;
import fr.ctg.model.YamlValue;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.shape.RecordShape;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes an avenant as the YAML file staff complete: keys in snake_case, optional values left out
 * except the dates to fill in, multi-line texts as literal blocks. Only maps, lists and scalars reach
 * SnakeYAML, so the file holds no tag.
 */
public final class AvenantYamlWriter {

    static final String SCHEMA_LINE = "# yaml-language-server: $schema=../../ctg-avenant.schema.json\n";

    /** The file's text, starting with the schema line and the given comment lines. */
    public String write(Avenant avenant, List<String> comments) {
        StringBuilder text = new StringBuilder(SCHEMA_LINE);
        comments.forEach(line -> text.append("# ").append(line).append('\n'));
        Map<String, Object> root = recordAsMap(avenant);
        // the dates are to be filled in: they stay visible, empty
        root.putIfAbsent("date", null);
        root.putIfAbsent("date_effet", null);
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : RecordShape.of(Avenant.class).keys()) {
            if (root.containsKey(key)) {
                ordered.put(key, root.get(key));
            }
        }
        return text.append(yaml().dump(ordered)).toString();
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        return new Yaml(new TextRepresenter(options), options);
    }

    private static Object yamlValue(Object value) {
        if (value instanceof Modification modification) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put(modification.type(), recordAsMap(modification.writtenValue()));
            return map;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AvenantYamlWriter::yamlValue).toList();
        }
        if (value instanceof YamlValue enumValue) {
            return enumValue.yaml();
        }
        if (value instanceof LocalDate || value instanceof DateApproximative) {
            return value.toString();
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Record record) {
            return recordAsMap(record);
        }
        return value;
    }

    private static Map<String, Object> recordAsMap(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordShape.Component component : RecordShape.of(record.getClass()).components()) {
            Object value = component.read(record);
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                map.put(component.key(), yamlValue(value));
            }
        }
        return map;
    }

    /** Multi-line texts as literal blocks ({@code |}), as staff write them. */
    private static final class TextRepresenter extends Representer {

        TextRepresenter(DumperOptions options) {
            super(options);
            Represent plain = representers.get(String.class);
            representers.put(String.class, data -> ((String) data).contains("\n")
                    ? representScalar(Tag.STR, (String) data, DumperOptions.ScalarStyle.LITERAL)
                    : plain.representData(data));
        }
    }
}
