package fr.ctg.load;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Finds where a problem lies when SnakeYAML does not say: it reports its limits without a position,
 * and a quote closed too late where the text stops making sense rather than where the quote opened.
 * Each search parses the text again, event by event, which only happens once a file has failed.
 */
final class YamlEvents {

    private YamlEvents() {
    }

    /** The first alias to a list or a mapping beyond the allowed number, as SnakeYAML counts them. */
    static Optional<Mark> aliasBeyond(String text, int maxAliases) {
        Set<String> collectionAnchors = new HashSet<>();
        int aliases = 0;
        try {
            for (Event event : parse(text)) {
                if (event instanceof CollectionStartEvent start && start.getAnchor() != null) {
                    collectionAnchors.add(start.getAnchor());
                } else if (event instanceof AliasEvent alias && collectionAnchors.contains(alias.getAnchor())
                        && ++aliases > maxAliases) {
                    return Optional.of(event.getStartMark());
                }
            }
        } catch (YAMLException e) {
            // the text fails further on: nothing beyond the limit before that point
        }
        return Optional.empty();
    }

    /** The first list or mapping nested deeper than the allowed number of levels. */
    static Optional<Mark> collectionBeyond(String text, int maxDepth) {
        int depth = 0;
        try {
            for (Event event : parse(text)) {
                if (event instanceof CollectionStartEvent && ++depth > maxDepth) {
                    return Optional.of(event.getStartMark());
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            // the text fails before going that deep
        }
        return Optional.empty();
    }

    /** The last value read before the text stops being valid YAML, if it stops. */
    static Optional<ScalarEvent> lastScalarBeforeFailure(String text) {
        ScalarEvent last = null;
        try {
            for (Event event : parse(text)) {
                if (event instanceof ScalarEvent scalar) {
                    last = scalar;
                }
            }
            return Optional.empty();
        } catch (YAMLException e) {
            return Optional.ofNullable(last);
        }
    }

    private static Iterable<Event> parse(String text) {
        return new Yaml(YamlReader.options()).parse(new StringReader(text));
    }
}
