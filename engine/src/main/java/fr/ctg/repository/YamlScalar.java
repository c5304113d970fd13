package fr.ctg.repository;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** A text as one YAML scalar: plain when it reads back as the same text, quoted otherwise. */
final class YamlScalar {

    private static final Yaml YAML = new Yaml(options());

    private YamlScalar() {
    }

    static String of(String text) {
        return YAML.dump(text).stripTrailing();
    }

    private static DumperOptions options() {
        DumperOptions options = new DumperOptions();
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        return options;
    }
}
