package fr.ctg.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each field of the YAML files means, in French, for the people who write them: one place,
 * {@code fr/ctg/schema/champs.properties}, keyed by the record's simple name and the field's YAML key
 * ({@code Partie.nom_court}), with examples under {@code .exemples}, separated by {@code " | "}. The schema gives
 * them to editors; the model's javadoc is for the engine's developers.
 */
public final class FieldDescriptions {

    static final String RESOURCE = "champs.properties";
    private static final String EXAMPLES = ".exemples";

    private final Properties texts = new Properties();

    FieldDescriptions() {
        try (InputStream in = FieldDescriptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("ressource manquante : " + RESOURCE);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> description(String record, String key) {
        return Optional.ofNullable(texts.getProperty(record + "." + key));
    }

    List<String> examples(String record, String key) {
        String examples = texts.getProperty(record + "." + key + EXAMPLES);
        return examples == null ? List.of() : Arrays.stream(examples.split(" \\| ")).map(String::strip).toList();
    }

    /** Every field named, examples aside: a test checks that each still is a field of the model. */
    Set<String> fields() {
        return texts.stringPropertyNames().stream().filter(name -> !name.endsWith(EXAMPLES)).collect(Collectors.toSet());
    }
}
